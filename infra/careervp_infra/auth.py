"""Identity: the Cognito user pool whose ID tokens the REST API's authorizer accepts."""

from __future__ import annotations

from aws_cdk import Acknowledgment, Duration, RemovalPolicy, Validations
from aws_cdk import aws_cognito as cognito
from constructs import Construct

from careervp_infra.config import EnvironmentConfig

_THREAT_PROTECTION = (
    "Cognito threat protection needs the Plus feature plan, priced per active user; enable it per account policy. "
    "A strong password policy, 1-hour tokens, stage throttling and per-user quotas are in place."
)


class AuthConstruct(Construct):
    def __init__(self, scope: Construct, construct_id: str, *, config: EnvironmentConfig) -> None:
        super().__init__(scope, construct_id)
        self.user_pool = cognito.UserPool(
            self,
            "UserPool",
            user_pool_name=f"careervp-users-{config.name}",
            self_sign_up_enabled=True,
            sign_in_aliases=cognito.SignInAliases(email=True),
            auto_verify=cognito.AutoVerifiedAttrs(email=True),
            password_policy=cognito.PasswordPolicy(
                min_length=12,
                require_lowercase=True,
                require_uppercase=True,
                require_digits=True,
                require_symbols=True,
                temp_password_validity=Duration.days(3),
            ),
            account_recovery=cognito.AccountRecovery.EMAIL_ONLY,
            mfa=cognito.Mfa.OPTIONAL,
            mfa_second_factor=cognito.MfaSecondFactor(otp=True, sms=False),
            # The rate-limit tier (`custom:tier`): set by an administrator, never by the user (see the client below).
            custom_attributes={"tier": cognito.StringAttribute(min_len=1, max_len=20, mutable=True)},
            removal_policy=RemovalPolicy.RETAIN if config.retain_data else RemovalPolicy.DESTROY,
            deletion_protection=config.retain_data,
        )
        standard = cognito.StandardAttributesMask(email=True, fullname=True)
        self.client = self.user_pool.add_client(
            "WebClient",
            user_pool_client_name=f"careervp-web-{config.name}",
            generate_secret=False,
            # SRP for the front end; admin password auth lets an operator mint a TEST_JWT_TOKEN for the smoke suite.
            auth_flows=cognito.AuthFlow(user_srp=True, admin_user_password=True),
            prevent_user_existence_errors=True,
            id_token_validity=Duration.hours(1),
            access_token_validity=Duration.hours(1),
            refresh_token_validity=Duration.days(30),
            read_attributes=cognito.ClientAttributes()
            .with_standard_attributes(email=True, email_verified=True, fullname=True)
            .with_custom_attributes("tier"),
            # Users may not write custom:tier, or anyone could promote themselves to the enterprise quota.
            write_attributes=cognito.ClientAttributes().with_standard_attributes(
                email=standard.email, fullname=standard.fullname
            ),
        )
        Validations.of(self.user_pool).acknowledge(
            Acknowledgment(
                id="AwsSolutions-COG2",
                reason="MFA is offered (TOTP) but optional: a consumer product where requiring MFA for a cover-letter "
                "tool would block sign-up; tokens are short-lived (1 h) and the data is the user's own.",
            ),
            Acknowledgment(id="AwsSolutions-COG3", reason=_THREAT_PROTECTION),
            Acknowledgment(id="AwsSolutions-COG8", reason=_THREAT_PROTECTION),
        )
