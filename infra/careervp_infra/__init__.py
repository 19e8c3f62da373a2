"""CDK constructs and the per-environment stack of the CareerVP cover-letter service."""
