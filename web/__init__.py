"""The three doors: the patient chat page (Gradio), the JSON API, and the clinic widget."""
