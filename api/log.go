package api

import "log/slog"

func levelFor(status int) slog.Level {
	switch {
	case status >= 500 && status != 503:
		return slog.LevelError
	case status >= 400:
		return slog.LevelWarn
	}
	return slog.LevelInfo
}
