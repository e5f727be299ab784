"""Finding, loading, blocking and describing plugins."""

from newsparse.plugins.manager import (
    DISABLE_ENV,
    PluginFailure,
    PluginHost,
    PluginInfo,
    PluginLoadWarning,
)

__all__ = ["DISABLE_ENV", "PluginFailure", "PluginHost", "PluginInfo", "PluginLoadWarning"]
