// Keeps sb_ui_models buildable until its first model lands.
