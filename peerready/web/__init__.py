"""Pages served to phones on the local network (to come). Drives workshop/, never ui/; no Qt."""
