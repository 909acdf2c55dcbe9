"""The projector window (« Vue salle ») and the views it can show."""
