"""The ``fast`` pipeline: model-free segmentation, tokens and entities from rules and word lists."""
