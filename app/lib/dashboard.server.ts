export { dashboardSummary } from "../../server/dashboard/summary";
