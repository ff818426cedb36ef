"""SEND Routes: an offline guide to the routes a family can take in England's SEND system."""

__version__ = "0.1.0"
