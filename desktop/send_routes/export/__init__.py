"""Turn a plan into documents people take away: text now; print, PDF, ODT and calendar later."""
