"""A third-party plugin: an entity recogniser, a layer of its own and a pipeline."""
