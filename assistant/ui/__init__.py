"""The Qt wizard and its windows: all Qt code, and only Qt code. A thin client of the facade
and the tracker; may import every layer below, never the command line.
"""
