/** The current status of recommendation `r`: newest update of its latest reporting period, else NOT_STARTED. */
export const CURRENT_STATUS_SQL = `coalesce((SELECT u.status FROM recommendations.status_update u
  WHERE u.recommendation_id = r.id ORDER BY u.reporting_period DESC, u.recorded_at DESC LIMIT 1), 'NOT_STARTED')`;
