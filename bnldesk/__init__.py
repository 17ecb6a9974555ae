"""bnldesk: the Benelux delegations' desktop for work programmes, annual plans and meeting notes."""

from importlib import metadata as _metadata

try:
    __version__ = _metadata.version("bnldesk")
except _metadata.PackageNotFoundError:  # running from a checkout or a frozen bundle
    __version__ = "0.1.0"

APP_NAME = "bnldesk"
APP_ORG = "Benelux"

# Interface and report languages, in the order offered to the user.
LANGUAGES = ("en", "nl", "fr")
