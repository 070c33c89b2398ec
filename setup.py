"""Package layout that pyproject.toml cannot say alone: the knowledge base and the prompts
live at the top of the repository (where authors edit them) and ship inside the package as
`assistant/_data/` so a plain, non-editable install finds them."""
from setuptools import find_packages, setup

DATA = {"assistant._data.knowledge_base": "knowledge_base", "assistant._data.prompts": "prompts"}
setup(
    packages=find_packages(include=["assistant", "assistant.*"]) + list(DATA),
    package_dir=DATA,
    package_data={**{name: ["*.yaml", "*.md", "**/*.yaml", "**/*.md"] for name in DATA},
                  "assistant.precedents": ["*.json"],  # learned fusion weights and re-ranker trees
                  "assistant.chat": ["*.npz", "*.json"]},  # the learned act reader's examples and weights, the card selector
)
