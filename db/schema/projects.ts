import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { calendarDate, flag, id, timestamps } from "./columns";
import { companies } from "./parties";

export const PROJECT_STATES = [
  "not_started",
  "in_progress",
  "on_hold",
  "finished",
  "cancelled",
] as const;
export const TASK_STATES = [
  "not_started",
  "in_progress",
  "testing",
  "awaiting_feedback",
  "complete",
] as const;

export const projects = sqliteTable(
  "projects",
  {
    id: id(),
    companyId: integer("company_id")
      .notNull()
      .references(() => companies.id),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    state: text("state", { enum: PROJECT_STATES }).notNull(),
    startDate: calendarDate("start_date").notNull(),
    deadline: calendarDate("deadline"),
    // Set by staff to override the percentage computed from visible tasks.
    manualProgress: integer("manual_progress"),
    tasksVisibleToClient: flag("tasks_visible_to_client"),
    visibleToClient: flag("visible_to_client").default(true),
    ...timestamps(),
  },
  (t) => [index("projects_company_idx").on(t.companyId, t.startDate, t.id)],
);

export const projectMilestones = sqliteTable(
  "project_milestones",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    dueDate: calendarDate("due_date").notNull(),
    position: integer("position").notNull().default(0),
  },
  (t) => [index("milestones_project_idx").on(t.projectId, t.dueDate)],
);

export const projectTasks = sqliteTable(
  "project_tasks",
  {
    id: id(),
    projectId: integer("project_id")
      .notNull()
      .references(() => projects.id),
    milestoneId: integer("milestone_id").references(() => projectMilestones.id),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    state: text("state", { enum: TASK_STATES }).notNull(),
    visibleToClient: flag("visible_to_client"),
    startDate: calendarDate("start_date"),
    dueDate: calendarDate("due_date"),
    position: integer("position").notNull().default(0),
    ...timestamps(),
  },
  (t) => [index("tasks_project_idx").on(t.projectId, t.position, t.id)],
);
