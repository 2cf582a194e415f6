"""Ways into the admin that survive an attacker's failed logins: known devices and e-mailed sign-in
links (see portal.lockout for the limits they get past)."""
