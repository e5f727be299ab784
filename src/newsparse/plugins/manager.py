"""The plugin host: a pluggy manager built per use, never a module global.

Built-in plugins are entry points of the ``newsparse`` distribution in the
``newsparse`` group, so they load, list and block exactly like third-party
ones.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Callable, Iterable, Mapping
from importlib.metadata import EntryPoint, entry_points
from typing import Any, TypeVar

import attrs
import pluggy

from newsparse.errors import PluginError, PluginLoadError
from newsparse.hooks import specs
from newsparse.hooks.contract import CommandSpec, PipelineSpec, ProcessorSpec
from newsparse.hooks.markers import PROJECT_NAME
from newsparse.lexicon import Lexicon, LexiconError, default_lexicon
from newsparse.model import Annotation, check_layer_name

__all__ = ["DISABLE_ENV", "PluginFailure", "PluginHost", "PluginInfo", "PluginLoadWarning"]

#: Environment variable with comma-separated plugin names to block.
DISABLE_ENV = "NEWSPARSE_DISABLE_PLUGINS"

#: Registry hook of each stage, and the stage its specs must declare.
_STAGE_HOOKS: Mapping[str, str | None] = {
    "newsparse_segmenters": "segment",
    "newsparse_entity_recognizers": "entities",
    "newsparse_quote_extractors": "quotes",
    "newsparse_numeric_claim_extractors": "numeric_claims",
    "newsparse_statement_clause_extractors": "statement_clauses",
    "newsparse_processors": None,
}

_Spec = TypeVar("_Spec")

_HOOK_NAMES = frozenset(name for name in dir(specs) if name.startswith("newsparse_"))


class PluginLoadWarning(UserWarning):
    """A plugin could not be loaded and was left out (strict mode raises instead)."""


@attrs.frozen
class PluginFailure:
    """A plugin that was left out, and why.

    :param name: the plugin's name.
    :param message: one line saying what failed.
    """

    name: str
    message: str


@attrs.frozen
class PluginInfo:
    """What ``newsparse plugins`` shows about one plugin.

    :param name: the name it is registered (and blocked) under.
    :param hooks: the hooks it implements.
    :param distribution: the installed distribution that provides it, if any.
    :param version: that distribution's version.
    :param source: where it came from (``"entry point newsparse.builtin.fast.plugin"``).
    """

    name: str
    hooks: tuple[str, ...]
    distribution: str | None
    version: str | None
    source: str


def _entry_points() -> list[EntryPoint]:
    """Return the entry points of the ``newsparse`` group, sorted by name.

    This scans every installed distribution: a host calls it once.
    """
    return sorted(entry_points(group=PROJECT_NAME), key=lambda ep: (ep.name, ep.value))


def _origin(entry_point: EntryPoint | None) -> tuple[str | None, str | None, str]:
    """Return the distribution, its version and a description of where a plugin came from.

    Reads the distribution's metadata, so only :meth:`PluginHost.describe` asks.
    """
    if entry_point is None:
        return None, None, "registered in code"
    dist = entry_point.dist
    return (
        dist.name if dist is not None else None,
        dist.version if dist is not None else None,
        f"entry point {entry_point.value}",
    )


def _split_names(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


class PluginHost:
    """Load plugins into a fresh :class:`pluggy.PluginManager` and collect what they register.

    :param disable: plugin names to block (in addition to those in the
        ``NEWSPARSE_DISABLE_PLUGINS`` environment variable).
    :param strict: raise on the first plugin that fails to load instead of
        leaving it out with a :class:`PluginLoadWarning`.
    :param entry_points: load plugins from the ``newsparse`` entry-point group.
    :param plugins: extra plugin objects (modules, classes or instances) to
        register by name, e.g. for tests or applications that embed a plugin.
    :param environ: the environment to read ``NEWSPARSE_DISABLE_PLUGINS`` from
        (defaults to ``os.environ``).
    """

    def __init__(
        self,
        *,
        disable: Iterable[str] = (),
        strict: bool = False,
        entry_points: bool = True,
        plugins: Mapping[str, object] | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        env = os.environ if environ is None else environ
        self.strict = strict
        requested = frozenset(disable)
        self.disabled: frozenset[str] = requested | frozenset(
            _split_names(env.get(DISABLE_ENV, ""))
        )
        self.failures: list[PluginFailure] = []
        #: The entry point each registered plugin came from (``None``: registered in code).
        self._sources: dict[str, EntryPoint | None] = {}
        self.pm = pluggy.PluginManager(PROJECT_NAME)
        self.pm.add_hookspecs(specs)
        for name in sorted(self.disabled):
            self.pm.set_blocked(name)
        found = _entry_points() if entry_points else []
        self._load_entry_points(found)
        for name, plugin in (plugins or {}).items():
            if name in self.disabled:
                continue
            self._register(name, plugin, None)
        known = set(plugins or {})
        known.update(ep.name for ep in found)
        self.check_names(requested, known)

    def check_names(self, names: Iterable[str], known: Iterable[str] | None = None) -> None:
        """Warn about (or, in strict mode, reject) plugin names to block that are not installed.

        :param names: plugin names asked to be blocked.
        :param known: every plugin name there is (by default the registered
            plugins, the blocked ones and those that failed).
        :raises PluginError: in strict mode, for the first unknown name.
        """
        if known is None:
            known = {*self.plugin_names(), *self.disabled, *(f.name for f in self.failures)}
        valid = set(known)
        unknown = sorted(set(names) - valid)
        if not unknown:
            return
        message = (
            f"No plugin is named {unknown[0]!r} (asked to disable it): installed plugins are "
            f"{', '.join(sorted(valid)) or 'none'}."
        )
        if self.strict:
            raise PluginError(message)
        warnings.warn(message, PluginLoadWarning, stacklevel=3)

    # -- loading --------------------------------------------------------------
    def _fail(self, name: str, message: str, cause: BaseException | None = None) -> None:
        if self.strict:
            raise PluginLoadError(message) from cause
        self.failures.append(PluginFailure(name, message))
        warnings.warn(message, PluginLoadWarning, stacklevel=3)

    def _load_entry_points(self, found: Iterable[EntryPoint]) -> None:
        for ep in found:
            if ep.name in self.disabled or self.pm.get_plugin(ep.name) is not None:
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                self._fail(
                    ep.name,
                    f"Plugin {ep.name!r} ({ep.value}) failed to import: "
                    f"{type(exc).__name__}: {exc}; fix or uninstall it, or disable it with "
                    f"--disable {ep.name}.",
                    exc,
                )
                continue
            self._register(ep.name, plugin, ep)

    def _register(self, name: str, plugin: object, source: EntryPoint | None) -> None:
        misspelled = sorted(
            attr
            for attr in dir(plugin)
            if attr.startswith("newsparse_")
            and attr not in _HOOK_NAMES
            and callable(getattr(plugin, attr, None))
        )
        if misspelled:
            self._fail(
                name,
                f"Plugin {name!r} defines {', '.join(misspelled)}, which "
                f"{'is not a' if len(misspelled) == 1 else 'are not'} newsparse hook"
                f"{'' if len(misspelled) == 1 else 's'}: check the spelling against "
                "the hook reference.",
            )
            return
        try:
            self.pm.register(plugin, name=name)
        except (pluggy.PluginValidationError, ValueError) as exc:
            self._fail(name, f"Plugin {name!r} cannot be registered: {exc}.", exc)
            return
        self._sources[name] = source

    # -- describing -----------------------------------------------------------
    def plugin_names(self) -> list[str]:
        """Names of the registered plugins, sorted."""
        return sorted(
            name for name, plugin in self.pm.list_name_plugin() if name and plugin is not None
        )

    def describe(self) -> list[PluginInfo]:
        """Describe every registered plugin, sorted by name."""
        infos: list[PluginInfo] = []
        for name in self.plugin_names():
            plugin = self.pm.get_plugin(name)
            hooks = tuple(sorted(caller.name for caller in self.pm.get_hookcallers(plugin) or []))
            dist, version, source = _origin(self._sources.get(name))
            infos.append(PluginInfo(name, hooks, dist, version, source))
        return infos

    # -- collecting registrations ---------------------------------------------
    def _call_each(self, hook_name: str) -> list[tuple[str, Any]]:
        """Call every implementation of *hook_name*; leave out a plugin whose hook raises.

        The failing plugin is unregistered, so its other hooks are left out
        too, and reported like a plugin that fails to import.
        """
        caller: pluggy.HookCaller = getattr(self.pm.hook, hook_name)
        results: list[tuple[str, Any]] = []
        for impl in sorted(caller.get_hookimpls(), key=lambda impl: impl.plugin_name):
            function: Callable[[], Any] = impl.function
            try:
                result = function()
            except (Exception, SystemExit) as exc:
                self._drop(
                    impl.plugin_name,
                    f"Plugin {impl.plugin_name!r} raised in {hook_name}: "
                    f"{type(exc).__name__}: {exc}; fix or uninstall it, or disable it with "
                    f"--disable {impl.plugin_name}.",
                    exc,
                )
                continue
            if result is not None:
                results.append((impl.plugin_name, result))
        return results

    def _drop(self, name: str, message: str, cause: BaseException) -> None:
        """Unregister the plugin *name* and report it as failed (raise in strict mode)."""
        if self.strict:
            raise PluginLoadError(message) from cause
        plugin = self.pm.get_plugin(name)
        if plugin is not None:
            self.pm.unregister(plugin, name=name)
        self._sources.pop(name, None)
        self._fail(name, message, cause)

    def _registered(self, found: dict[str, tuple[_Spec, str]]) -> None:
        """Remove from *found* what plugins dropped after registering it."""
        for key, (_, plugin_name) in list(found.items()):
            if self.pm.get_plugin(plugin_name) is None:
                del found[key]

    def processor_specs(self) -> dict[str, tuple[ProcessorSpec, str]]:
        """Every registered processor by name, with the plugin that registered it.

        :raises PluginError: when two plugins register the same name, or a
            stage hook returns a spec of another stage.
        """
        found: dict[str, tuple[ProcessorSpec, str]] = {}
        for hook_name, stage in _STAGE_HOOKS.items():
            for plugin_name, result in self._call_each(hook_name):
                for spec in result:
                    if not isinstance(spec, ProcessorSpec):
                        raise PluginError(
                            f"Plugin {plugin_name!r} returned {spec!r} from {hook_name}; "
                            "return newsparse.pipeline.ProcessorSpec objects."
                        )
                    if stage is not None and spec.stage != stage:
                        raise PluginError(
                            f"Plugin {plugin_name!r} registered processor {spec.name!r} of "
                            f"stage {spec.stage!r} in {hook_name}, which is for stage "
                            f"{stage!r}: register it with the hook of its stage."
                        )
                    if spec.name in found:
                        raise PluginError(
                            f"Processor {spec.name!r} is registered by both plugin "
                            f"{found[spec.name][1]!r} and plugin {plugin_name!r}: "
                            "disable one of them."
                        )
                    found[spec.name] = (spec, plugin_name)
        self._registered(found)
        return found

    def pipeline_specs(self) -> dict[str, tuple[PipelineSpec, str]]:
        """Every registered pipeline by name, with the plugin that registered it.

        :raises PluginError: when two plugins register the same name.
        """
        found: dict[str, tuple[PipelineSpec, str]] = {}
        for plugin_name, result in self._call_each("newsparse_pipelines"):
            for spec in result:
                if not isinstance(spec, PipelineSpec):
                    raise PluginError(
                        f"Plugin {plugin_name!r} returned {spec!r} from newsparse_pipelines; "
                        "return newsparse.pipeline.PipelineSpec objects."
                    )
                if spec.name in found:
                    raise PluginError(
                        f"Pipeline {spec.name!r} is registered by both plugin "
                        f"{found[spec.name][1]!r} and plugin {plugin_name!r}: "
                        "disable one of them."
                    )
                found[spec.name] = (spec, plugin_name)
        self._registered(found)
        return found

    def layer_types(self) -> dict[str, type[Annotation]]:
        """Annotation classes of plugin layers, by layer name.

        :raises PluginError: when a plugin declares a bad layer name or class.
        """
        found: dict[str, type[Annotation]] = {}
        for plugin_name, result in self._call_each("newsparse_layer_types"):
            for layer, cls in dict(result).items():
                try:
                    check_layer_name(layer)
                except ValueError as exc:
                    raise PluginError(f"Plugin {plugin_name!r}: {exc}") from None
                if not (isinstance(cls, type) and issubclass(cls, Annotation)):
                    raise PluginError(
                        f"Plugin {plugin_name!r} declares layer {layer!r} with {cls!r}, "
                        "which is not a subclass of newsparse.model.Annotation."
                    )
                found[layer] = cls
        return found

    def config_defaults(self) -> dict[str, Any]:
        """Every plugin's configuration defaults merged into one mapping.

        :raises PluginError: when two plugins declare the same key.
        """
        found: dict[str, Any] = {}
        owners: dict[str, str] = {}
        for plugin_name, result in self._call_each("newsparse_config_defaults"):
            for key, value in dict(result).items():
                if key in owners:
                    raise PluginError(
                        f"Configuration key {key!r} is declared by both plugin "
                        f"{owners[key]!r} and plugin {plugin_name!r}: disable one of them."
                    )
                owners[key] = plugin_name
                found[key] = value
        return found

    def command_specs(self) -> dict[str, tuple[CommandSpec, str]]:
        """Every command-line sub-command plugins add, by name, with the plugin that adds it.

        :raises PluginError: when two plugins add the same command, or a plugin
            returns something that is not a :class:`~newsparse.hooks.CommandSpec`.
        """
        found: dict[str, tuple[CommandSpec, str]] = {}
        for plugin_name, result in self._call_each("newsparse_cli_commands"):
            for spec in result:
                if not isinstance(spec, CommandSpec):
                    raise PluginError(
                        f"Plugin {plugin_name!r} returned {spec!r} from newsparse_cli_commands; "
                        "return newsparse.hooks.CommandSpec objects."
                    )
                if spec.name in found:
                    raise PluginError(
                        f"Command {spec.name!r} is added by both plugin "
                        f"{found[spec.name][1]!r} and plugin {plugin_name!r}: "
                        "disable one of them."
                    )
                found[spec.name] = (spec, plugin_name)
        return found

    def lexicon(self) -> Lexicon:
        """Return the shared lexicon with every plugin's word-list changes, in plugin-name order.

        :raises PluginError: when a plugin changes an unknown list or gives
            entries that do not fit it.
        """
        lexicon = default_lexicon()
        for plugin_name, result in self._call_each("newsparse_word_lists"):
            if not isinstance(result, Mapping):
                raise PluginError(
                    f"Plugin {plugin_name!r} returned {result!r} from newsparse_word_lists; "
                    "return a mapping from list name to newsparse.lexicon.WordList."
                )
            try:
                lexicon = lexicon.extended(result, source=f"Plugin {plugin_name!r}")
            except LexiconError as exc:
                raise PluginError(str(exc)) from None
        return lexicon
