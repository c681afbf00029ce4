"""``python -m xinhong_metrics`` runs the command line."""

from xinhong_metrics.cli import main

main()
