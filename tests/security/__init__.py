"""Security: authentication, ownership across users, headers and what an error may reveal."""
