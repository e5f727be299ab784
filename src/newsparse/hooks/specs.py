# mypy: disable-error-code="empty-body"
"""Hook specifications: the whole interface between newsparse and its plugins.

A plugin is a module (or object) with functions named like the hooks below,
each marked with :data:`newsparse.hookimpl <newsparse.hooks.hookimpl>`, and
registered through an entry point in the ``newsparse`` group::

    # pyproject.toml of the plugin distribution
    [project.entry-points.newsparse]
    acme = "acme_newsparse.plugin"

Registry hooks return *descriptions* (:class:`~newsparse.pipeline.ProcessorSpec`,
:class:`~newsparse.pipeline.PipelineSpec`); every implementation is called and
the results are merged.  Which processor serves a stage is then a matter of
configuration (the pipeline's name and its ``use=`` overrides), never of the
order in which plugins were registered.  Two processors or pipelines with the
same name are an error that names both plugins.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from newsparse.hooks.contract import CommandSpec, PipelineSpec, ProcessorSpec
from newsparse.hooks.markers import hookspec
from newsparse.lexicon import WordList
from newsparse.model import Annotation

__all__ = [
    "newsparse_cli_commands",
    "newsparse_config_defaults",
    "newsparse_entity_recognizers",
    "newsparse_layer_types",
    "newsparse_numeric_claim_extractors",
    "newsparse_pipelines",
    "newsparse_processors",
    "newsparse_quote_extractors",
    "newsparse_segmenters",
    "newsparse_statement_clause_extractors",
    "newsparse_word_lists",
]


@hookspec
def newsparse_segmenters() -> Iterable[ProcessorSpec]:
    """Register processors for the ``segment`` stage.

    A segmenter provides the ``paragraphs``, ``sentences`` and ``tokens``
    layers of a document that has none.  Every implementation is called; the
    specs of all plugins are collected.

    :return: processor specs whose ``stage`` is ``"segment"``.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_segmenters():
            return [ProcessorSpec(
                name="acme.segment", stage="segment", factory=make_segmenter,
                provides={"paragraphs", "sentences", "tokens"},
            )]
    """


@hookspec
def newsparse_entity_recognizers() -> Iterable[ProcessorSpec]:
    """Register processors for the ``entities`` stage.

    An entity recogniser provides the ``entities`` layer
    (:class:`~newsparse.model.Entity`: OntoNotes label and canonical name),
    usually requiring ``tokens``.

    :return: processor specs whose ``stage`` is ``"entities"``.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_entity_recognizers():
            return [ProcessorSpec(
                name="acme.ner", stage="entities", factory=lambda config: AcmeNer(),
                requires={"tokens"}, provides={"entities"},
            )]
    """


@hookspec
def newsparse_quote_extractors() -> Iterable[ProcessorSpec]:
    """Register processors for the ``quotes`` stage.

    A quote extractor provides the ``quotes`` layer
    (:class:`~newsparse.model.Quote`: kind, speaker, cue).

    :return: processor specs whose ``stage`` is ``"quotes"``.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_quote_extractors():
            return [ProcessorSpec(
                name="acme.quotes", stage="quotes", factory=make_quotes,
                requires={"sentences", "entities"}, provides={"quotes"},
            )]
    """


@hookspec
def newsparse_numeric_claim_extractors() -> Iterable[ProcessorSpec]:
    """Register processors for the ``numeric_claims`` stage.

    A numeric-claim extractor provides the ``numeric_claims`` layer
    (:class:`~newsparse.model.NumericClaim`).

    :return: processor specs whose ``stage`` is ``"numeric_claims"``.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_numeric_claim_extractors():
            return [ProcessorSpec(
                name="acme.numbers", stage="numeric_claims", factory=make_numbers,
                requires={"sentences"}, provides={"numeric_claims"},
            )]
    """


@hookspec
def newsparse_statement_clause_extractors() -> Iterable[ProcessorSpec]:
    """Register processors for the ``statement_clauses`` stage.

    A clause extractor provides the ``statement_clauses`` layer
    (:class:`~newsparse.model.StatementClause`): each commitment or position
    of a joint statement with its parties and stance.

    :return: processor specs whose ``stage`` is ``"statement_clauses"``.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_statement_clause_extractors():
            return [ProcessorSpec(
                name="acme.clauses", stage="statement_clauses", factory=make_clauses,
                requires={"sentences", "entities"}, provides={"statement_clauses"},
            )]
    """


@hookspec
def newsparse_processors() -> Iterable[ProcessorSpec]:
    """Register processors for any other stage: syntax, or a plugin's own layers.

    Use this for a processor that adds a namespaced layer
    (``"acme.sentiment"``) or a capability such as ``"syntax"`` (lemma,
    POS, heads and relations on tokens).  Such processors run only when a
    pipeline lists them or the user adds them (``add=`` / ``--add``).

    :return: processor specs of any ``stage``.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_processors():
            return [ProcessorSpec(
                name="acme.sentiment", stage="acme.sentiment", factory=make_sentiment,
                requires={"sentences"}, provides={"acme.sentiment"},
            )]
    """


@hookspec
def newsparse_pipelines() -> Iterable[PipelineSpec]:
    """Register named pipelines (sets of processors, or choices among pipelines).

    Users select a pipeline by name (``newsparse.parse(text, pipeline="fast")``,
    ``--pipeline fast``).

    :return: pipeline specs.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_pipelines():
            return [PipelineSpec(
                name="acme", processors=("fast.segment", "acme.ner"),
                description="fast segmentation with Acme's recogniser",
            )]
    """


@hookspec
def newsparse_layer_types() -> Mapping[str, type[Annotation]]:
    """Declare the annotation class of each namespaced layer the plugin writes.

    JSON reading uses it to rebuild a plugin's layer with its own class;
    layers nobody declares are read back as plain
    :class:`~newsparse.model.Annotation` with their extra fields in
    ``attributes``.

    :return: a mapping from layer name (``"acme.sentiment"``) to an attrs
        subclass of :class:`~newsparse.model.Annotation`.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_layer_types():
            return {"acme.sentiment": Sentiment}
    """


@hookspec
def newsparse_config_defaults() -> Mapping[str, Any]:
    """Declare the configuration keys the plugin reads, with their defaults.

    Keys are dotted and start with the plugin's name (``"stanza.dir"``).
    The pipeline merges every plugin's defaults with the user's
    configuration and rejects keys nobody declared, listing the valid ones.
    Processor factories receive the merged configuration.

    :return: a mapping from key to default value.

    Since version 0.1.0.  Example::

        @newsparse.hookimpl
        def newsparse_config_defaults():
            return {"acme.threshold": 0.5}
    """


@hookspec
def newsparse_cli_commands() -> Iterable[CommandSpec]:
    """Add sub-commands to the ``newsparse`` command line.

    Every implementation is called when the command line starts; each
    :class:`~newsparse.hooks.CommandSpec` becomes ``newsparse NAME``, with
    the arguments its ``configure`` function adds, and runs its ``run``
    function.  A name that is one of newsparse's own commands or another
    plugin's is reported on standard error and left out; plugins blocked with
    ``NEWSPARSE_DISABLE_PLUGINS`` add no commands.  The built-in ``stanza``
    plugin brings ``newsparse models`` this way.

    :return: command specs.

    Since version 0.1.0.  Example::

        def configure(parser):
            parser.add_argument("--top", type=int, default=10)

        def run(args):
            print(f"the {args.top} most quoted people")
            return 0

        @newsparse.hookimpl
        def newsparse_cli_commands():
            return [CommandSpec(name="acme-top", help="show the most quoted people",
                                configure=configure, run=run)]
    """


@hookspec
def newsparse_word_lists() -> Mapping[str, WordList]:
    r"""Extend, trim or replace lists of the shared English lexicon.

    Every built-in stage reads its word lists (cue verbs, titles, given
    names, units, gazetteers ...) from one :class:`~newsparse.lexicon.Lexicon`
    that the pipeline builds from :func:`~newsparse.lexicon.default_lexicon`
    and every plugin's changes, in plugin-name order, and hands to each
    processor factory (:func:`~newsparse.lexicon.lexicon_from_config`).
    Blocking the plugin removes its changes.  See :doc:`/lexicon` for the
    lists and their formats.

    :return: a mapping from list name (``"cue_verbs"``) to a
        :class:`~newsparse.lexicon.WordList`; an unknown name is an error
        that lists the valid ones.

    Since version 0.2.0.  Example::

        @newsparse.hookimpl
        def newsparse_word_lists():
            return {
                "cue_verbs": WordList(add=["opine\tspeech"]),
                "organisations": WordList(add=["Acme Widgets\tAWC"]),
            }
    """
