"""Following live sources: feeds and pages polled politely, archived as fetched, stored as versions."""

from .follower import FollowConfig, PollReport, poll

__all__ = ["FollowConfig", "PollReport", "poll"]
