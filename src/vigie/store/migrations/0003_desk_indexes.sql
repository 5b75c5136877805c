-- 0003_desk_indexes: the web desk reads one page of events with their actors by event id.

CREATE INDEX IF NOT EXISTS event_actors_event ON event_actors (event_id);
