"""The projector view: the whole lab's progress and the countdown, on the second screen."""
