"""The plugins that ship with newsparse: the fast model-free pipeline and its companions."""
