"""Following live sources: feeds and pages polled politely, archived as fetched, stored as versions."""

from ..settings import FollowConfig
from .follower import PollReport, poll

__all__ = ["FollowConfig", "PollReport", "poll"]
