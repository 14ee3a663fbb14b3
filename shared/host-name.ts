// Ships in: content.js, sidebar-ui.js.

/** The sidebar's host element: a fixed name so tests and user styles can find it. */
export const HOST_NAME = 'related-coverage-sidebar';
