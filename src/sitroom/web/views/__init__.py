"""The web room's pages and their JSON twins, one module per part of the room."""
