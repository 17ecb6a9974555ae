"""bnldesk: the Benelux delegations' desktop for work programmes, annual plans and meeting notes."""

APP_NAME = "bnldesk"
APP_ORG = "Benelux"

# Interface and report languages, in the order offered to the user.
LANGUAGES = ("en", "nl", "fr")


def __getattr__(name: str) -> str:
    # ``__version__`` is looked up on first use: importlib.metadata costs a tenth of a second,
    # which every command line start paid before doing anything.
    if name != "__version__":
        raise AttributeError(f"module 'bnldesk' has no attribute {name!r}")
    from importlib import metadata

    try:
        version = metadata.version("bnldesk")
    except metadata.PackageNotFoundError:  # running from a checkout or a frozen bundle
        version = "0.1.0"
    globals()["__version__"] = version
    return version
