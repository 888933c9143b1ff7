import type { Generated } from "kysely";

/** Row types of every table; timestamps are ISO-8601 UTC strings and booleans 0/1 on both databases. */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  totp_secret: string | null;
  totp_enabled_at: string | null;
  created_at: string;
  last_login_at: string | null;
  disabled_at: string | null;
}

export interface UserRolesTable {
  user_id: string;
  role: string;
}

export interface UserCountriesTable {
  user_id: string;
  country_code: string;
}

export interface SessionsTable {
  id_hash: string;
  user_id: string;
  mfa_passed: number;
  created_at: string;
  last_seen_at: string;
  flash: string | null;
}

export interface LoginThrottleTable {
  key_hash: string;
  failures: number;
  window_start: string;
  locked_until: string | null;
}

export interface ContentItemsTable {
  id: string;
  kind: string;
  slug: string;
  topic: string | null;
  audiences: string;
  sort_order: number;
  is_demo: number;
  /** 1 when the item is about sexual violence: its versions carry a content warning by default. */
  sexual_violence: number;
  first_published_at: string | null;
  created_at: string;
  created_by: string | null;
}

export interface ContentTranslationsTable {
  id: string;
  item_id: string;
  locale: string;
  status: string;
  current_revision_id: string;
  published_revision_id: string | null;
  scheduled_revision_id: string | null;
  publish_at: string | null;
  first_published_at: string | null;
  reviewed_on: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface ContentRevisionsTable {
  id: string;
  translation_id: string;
  number: number;
  title: string;
  summary: string;
  body: string;
  content_warning: string | null;
  /** 1 when an editor chose to publish this revision of a page about sexual violence without a warning. */
  warning_removed: number;
  note: string | null;
  created_at: string;
  created_by: string | null;
}

export interface FeedbackTable {
  id: string;
  item_id: string;
  locale: string;
  useful: number;
  comment: string | null;
  created_at: string;
}

export interface AuditLogTable {
  id: string;
  at: string;
  user_id: string | null;
  action: string;
  target_type: string | null;
  target_id: string | null;
  details: string | null;
}

export interface SearchDocumentsTable {
  id: Generated<number>;
  kind: string;
  item_id: string;
  locale: string;
  title: string;
  body: string;
  path: string;
  published_at: string;
  tokens: string;
}

export interface UserTokensTable {
  token_hash: string;
  user_id: string;
  purpose: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface Database {
  users: UsersTable;
  user_roles: UserRolesTable;
  user_countries: UserCountriesTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
  content_items: ContentItemsTable;
  content_translations: ContentTranslationsTable;
  content_revisions: ContentRevisionsTable;
  feedback: FeedbackTable;
  audit_log: AuditLogTable;
  search_documents: SearchDocumentsTable;
  user_tokens: UserTokensTable;
  directory_services: DirectoryServicesTable;
  directory_term_names: DirectoryTermNamesTable;
  directory_listings: DirectoryListingsTable;
  directory_listing_facets: DirectoryListingFacetsTable;
  directory_listing_hours: DirectoryListingHoursTable;
  directory_proposals: DirectoryProposalsTable;
  directory_reports: DirectoryReportsTable;
  country_profiles: CountryProfilesTable;
  country_revisions: CountryRevisionsTable;
  stories: StoriesTable;
  story_consents: StoryConsentsTable;
  story_translations: StoryTranslationsTable;
  story_support_messages: StorySupportMessagesTable;
  story_media: StoryMediaTable;
  video_series: VideoSeriesTable;
  video_series_texts: VideoSeriesTextsTable;
  video_episodes: VideoEpisodesTable;
  video_episode_texts: VideoEpisodeTextsTable;
  video_captions: VideoCaptionsTable;
  library_works: LibraryWorksTable;
  library_versions: LibraryVersionsTable;
  self_assessments: SelfAssessmentsTable;
  self_assessment_answers: SelfAssessmentAnswersTable;
  jobs: JobsTable;
  newsletter_subscribers: NewsletterSubscribersTable;
  newsletter_issues: NewsletterIssuesTable;
  newsletter_deliveries: NewsletterDeliveriesTable;
  crisis_notices: CrisisNoticesTable;
  crisis_notice_texts: CrisisNoticeTextsTable;
  tributes: TributesTable;
  campaigns: CampaignsTable;
  campaign_texts: CampaignTextsTable;
  campaign_images: CampaignImagesTable;
  events: EventsTable;
  event_texts: EventTextsTable;
  remembrance_years: RemembranceYearsTable;
  remembrance_year_texts: RemembranceYearTextsTable;
  // learn (issue 7: courses)
  learn_courses: LearnCoursesTable;
  learn_modules: LearnModulesTable;
  learn_lessons: LearnLessonsTable;
  learn_quizzes: LearnQuizzesTable;
  learn_materials: LearnMaterialsTable;
  learners: LearnersTable;
  learner_tokens: LearnerTokensTable;
  learner_sessions: LearnerSessionsTable;
  learn_lesson_progress: LearnLessonProgressTable;
  learn_quiz_attempts: LearnQuizAttemptsTable;
  learn_completions: LearnCompletionsTable;
  // statistics (issue 8): daily counts, no addresses
  stats_salts: StatsSaltsTable;
  stats_visitor_hashes: StatsVisitorHashesTable;
  stats_days: StatsDaysTable;
  stats_pages: StatsPagesTable;
  stats_tags: StatsTagsTable;
}

export interface StoriesTable {
  id: string;
  status: "submitted" | "changes_requested" | "approved" | "rejected" | "withdrawn";
  token_hash: string;
  language: string;
  country: string | null;
  year: number | null;
  attack: string | null;
  title: string | null;
  body: string;
  original_body: string;
  /** What the author keeps to the original story: never translated, quoted or excerpted. */
  private_details: string | null;
  content_warning: string | null;
  themes: string;
  naming: string;
  display_name: string | null;
  consent_publish: number;
  consent_translate: number;
  consent_quote: number;
  consent_version: string;
  consent_at: string;
  /** Encrypted (AES-256-GCM, field key). */
  contact_email: string | null;
  contact_expires_at: string | null;
  moderator_note: string | null;
  created_at: string;
  updated_at: string;
  approved_at: string | null;
  withdrawn_at: string | null;
  erase_after: string | null;
}

export interface StoryConsentsTable {
  id: string;
  story_id: string;
  at: string;
  version: string;
  naming: string;
  publish: number;
  translate: number;
  quote: number;
}

export interface CountryProfilesTable {
  code: string;
  is_demo: number;
  latest_revision: number;
  published_revision: number | null;
  pending_revision: number | null;
  published_at: string | null;
  updated_at: string;
  updated_by: string | null;
}

export interface CountryRevisionsTable {
  id: string;
  code: string;
  number: number;
  document: string;
  state: "published" | "submitted" | "returned" | "superseded";
  note: string | null;
  created_at: string;
  created_by: string | null;
  reviewed_at: string | null;
  reviewed_by: string | null;
}

// The HSDS tables themselves (hsds_*) are read and written by table-driven code in
// src/features/directory/directory.repo.ts from the column lists in hsds/tables.ts.

export interface DirectoryServicesTable {
  service_id: string;
  state: "published" | "hidden";
  text_language: string | null;
  country: string | null;
  source: string;
  created_at: string;
  updated_at: string;
}

export interface DirectoryTermNamesTable {
  term_id: string;
  locale: string;
  name: string;
}

export interface DirectoryListingsTable {
  id: Generated<number>;
  service_id: string;
  location_id: string | null;
  organization_id: string | null;
  name: string;
  organization_name: string | null;
  summary: string;
  text_language: string | null;
  country: string | null;
  region: string | null;
  city: string | null;
  city_key: string | null;
  latitude: number | null;
  longitude: number | null;
  free: number;
  remote: number;
  in_person: number;
  wheelchair: number;
  always_open: number;
  association: number;
  modified_at: string;
  tokens: string;
}

export interface DirectoryListingFacetsTable {
  facet: string;
  value: string;
  listing_id: number;
}

export interface DirectoryListingHoursTable {
  listing_id: number;
  start_min: number;
  end_min: number;
}

export interface DirectoryProposalsTable {
  id: string;
  state: "pending" | "approved" | "rejected";
  locale: string;
  country: string;
  organization_name: string;
  service_name: string;
  payload: string;
  submitted_at: string;
  reviewed_by: string | null;
  reviewed_at: string | null;
  decision_note: string | null;
  service_id: string | null;
}

export interface DirectoryReportsTable {
  id: string;
  service_id: string;
  locale: string;
  problem: string;
  details: string | null;
  state: "open" | "resolved";
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
}

export interface StoryMediaTable {
  id: string;
  story_id: string;
  kind: "image" | "audio" | "video";
  content_type: string;
  bytes: number;
  /** JSON: for a photo, its variants ({ key, width, height, format, contentType, bytes }); for audio and video, one { key }. */
  files: string;
  width: number | null;
  height: number | null;
  /** What the photo or recording shows, in the author's words (text alternative). */
  description: string | null;
  metadata_removed: number;
  created_at: string;
}

/** A translation of an approved story into one portal language; shown only while the author allows translation. */
export interface StoryTranslationsTable {
  id: string;
  story_id: string;
  locale: string;
  title: string | null;
  body: string;
  content_warning: string | null;
  /** SHA-256 of the story's title, text and warning it translates: shown only while they are unchanged. */
  source_hash: string;
  /** The staff member who saved it last. */
  translator_id: string | null;
  status: "draft" | "published";
  created_at: string;
  updated_at: string;
  published_at: string | null;
}

/** A reader's message of support to a story's author; nobody sees it until a moderator approves it. */
export interface StorySupportMessagesTable {
  id: string;
  story_id: string;
  /** The language of the page it was written on. */
  locale: string;
  /** A first name, or null for an anonymous message. */
  name: string | null;
  body: string;
  status: "pending" | "approved" | "rejected";
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
}

export interface VideoSeriesTable {
  id: string;
  slug: string;
  position: number;
  status: "draft" | "published";
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface VideoSeriesTextsTable {
  series_id: string;
  locale: string;
  title: string;
  description: string;
}

export interface VideoEpisodesTable {
  id: string;
  series_id: string;
  slug: string;
  position: number;
  duration_seconds: number | null;
  status: "draft" | "published";
  published_at: string | null;
  /** JSON: the poster's variants (processPhoto), or null. */
  poster: string | null;
  video_key: string | null;
  video_type: string | null;
  video_bytes: number | null;
  /** 1 when ffmpeg removed the container metadata, 0 when it could not (or was missing). */
  video_stripped: number | null;
  audio_key: string | null;
  audio_type: string | null;
  audio_bytes: number | null;
  audio_stripped: number | null;
  embed_url: string | null;
  /** Ids of related stories, separated by spaces. */
  related_stories: string;
  created_at: string;
  updated_at: string;
}

export interface VideoEpisodeTextsTable {
  episode_id: string;
  locale: string;
  title: string;
  description: string;
  content_warning: string | null;
  people: string | null;
}

export interface VideoCaptionsTable {
  episode_id: string;
  locale: string;
  vtt: string;
  bytes: number;
  updated_at: string;
}

/** The persistent job queue: see src/jobs/queue.ts. */
export interface JobsTable {
  id: string;
  kind: string;
  /** JSON. */
  payload: string;
  idempotency_key: string | null;
  run_at: string;
  attempts: number;
  max_attempts: number;
  locked_by: string | null;
  locked_until: string | null;
  last_error: string | null;
  done_at: string | null;
  failed_at: string | null;
  created_at: string;
}

export interface NewsletterSubscribersTable {
  id: string;
  /** Keyed hash of the normalised address, for lookups. */
  email_hash: string;
  /** Encrypted (AES-256-GCM, field key). */
  email: string;
  language: string;
  /** ",news,events," */
  topics: string;
  confirmed_at: string | null;
  confirm_token_hash: string | null;
  confirm_expires_at: string | null;
  manage_token_hash: string;
  /** The manage token's hash before the last key rotation, so links already mailed keep working. */
  manage_token_hash_previous: string | null;
  last_mailed_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface NewsletterIssuesTable {
  id: string;
  language: string;
  topic: string;
  subject: string;
  intro: string;
  /** JSON list of content item ids. */
  items: string;
  recipients: number;
  created_by: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface NewsletterDeliveriesTable {
  issue_id: string;
  subscriber_id: string;
  sent_at: string | null;
}
/** Crisis mode: incident notices (kept after they are switched off) and their texts per language. */
export interface CrisisNoticesTable {
  id: string;
  active: number;
  severity: string;
  country: string | null;
  source_locale: string;
  created_by: string | null;
  switched_on_at: string;
  switched_off_at: string | null;
  switched_off_by: string | null;
  updated_at: string;
  /** Raised on every change, so instances can tell their cached copy is stale. */
  version: number;
}

export interface CrisisNoticeTextsTable {
  notice_id: string;
  locale: string;
  headline: string;
  message: string;
  helplines: string;
  missing_persons: string;
  consular: string;
  get_help: string;
  updated_at: string;
}
export interface TributesTable {
  id: string;
  body: string;
  /** The name the writer gave, or null for an anonymous message. */
  name: string | null;
  country: string | null;
  /** The language the message is written in (one of the portal's). */
  language: string;
  status: "pending" | "flagged" | "approved" | "rejected";
  /** JSON array of the review-list words found, or null. */
  flagged_words: string | null;
  created_at: string;
  decided_at: string | null;
  decided_by: string | null;
  reason: string | null;
}

export interface CampaignsTable {
  id: string;
  slug: string;
  status: "draft" | "published";
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface CampaignTextsTable {
  campaign_id: string;
  locale: string;
  title: string;
  message: string;
  facts: string;
  hashtags: string;
  share_text: string;
  updated_at: string;
}

export interface CampaignImagesTable {
  id: string;
  campaign_id: string;
  position: number;
  variants: string;
  alts: string;
  created_at: string;
}

export interface EventsTable {
  id: string;
  slug: string;
  type: string;
  /** "online", "in_person" or "hybrid". */
  attendance: string;
  /** "scheduled", "moved_online", "postponed" or "cancelled". */
  status: string;
  publication: "draft" | "published";
  /** UTC instants (ISO 8601 with Z); shown in time_zone, an IANA zone. */
  starts_at: string;
  ends_at: string;
  time_zone: string;
  /** A postponed event's first planned start, kept when its dates change. */
  previous_starts_at: string | null;
  country: string | null;
  /** UN M49 region of the country ("002", "019", "142", "150", "009"). */
  region: string | null;
  /** Language codes (ISO 639) separated by spaces. */
  languages: string;
  venue_name: string | null;
  venue_address: string | null;
  livestream_url: string | null;
  registration_url: string | null;
  organizer: string | null;
  organizer_url: string | null;
  /** iCalendar SEQUENCE: one more with every edit. */
  sequence: number;
  is_demo: number;
  published_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface EventTextsTable {
  event_id: string;
  locale: string;
  title: string;
  summary: string;
  description: string | null;
  accessibility: string | null;
  /** Why the event was postponed, cancelled or moved online. */
  status_note: string | null;
}

export interface RemembranceYearsTable {
  year: number;
  /** A video page: a path on this site ("/en/videos/...") or an https address. */
  video_url: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface RemembranceYearTextsTable {
  year: number;
  locale: string;
  theme: string;
  message: string | null;
  message_url: string | null;
}

export interface LibraryWorksTable {
  id: string;
  slug: string;
  /** handbook, model_legislation, report, resolution, guide, toolkit */
  type: string;
  year: number;
  publisher: string;
  /** Space-separated audiences (victims, associations, practitioners, member_states, general). */
  audiences: string;
  /** UN M49 region code ("001" for global). */
  region: string;
  /** Space-separated topics (the Model Legislative Provisions groups and a few more). */
  topics: string;
  status: "draft" | "in_review" | "published";
  published_at: string | null;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface LibraryVersionsTable {
  id: string;
  work_id: string;
  locale: string;
  title: string;
  summary: string;
  file_key: string | null;
  file_bytes: number | null;
  pages: number | null;
  /** Text extracted from the PDF (bounded), and its search tokens (space-separated, padded). */
  text: string;
  text_chars: number;
  text_truncated: number;
  tokens: string;
  /** JSON: the cover's PhotoVariant list. */
  cover: string | null;
  created_at: string;
  updated_at: string;
}

/** Member State self-assessments against the Model Legislative Provisions, and their answers per provision. */
export interface SelfAssessmentsTable {
  id: string;
  country: string;
  year: number;
  status: "draft" | "submitted" | "published";
  is_demo: number;
  /** The country profile revision the result was proposed as. */
  proposed_revision: number | null;
  proposed_at: string | null;
  proposed_by: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}

export interface SelfAssessmentAnswersTable {
  assessment_id: string;
  provision: string;
  status: "in_place" | "partly" | "not" | "unknown";
  citation: string;
  notes: string;
  missing: string;
  updated_at: string;
  updated_by: string | null;
}

// learn (issue 7: courses). Texts columns hold JSON objects keyed by locale.
export interface LearnCoursesTable {
  id: string;
  slug: string;
  track: string;
  minutes: number;
  status: "draft" | "published";
  position: number;
  texts: string;
  created_at: string;
  updated_at: string;
}

export interface LearnModulesTable {
  id: string;
  course_id: string;
  position: number;
  texts: string;
}

export interface LearnLessonsTable {
  id: string;
  module_id: string;
  position: number;
  slug: string;
  texts: string;
  video_episode_id: string | null;
  material_url: string | null;
}

/** A lesson's downloadable file in one language (migration 0016). */
export interface LearnMaterialsTable {
  lesson_id: string;
  locale: string;
  file_key: string;
  content_type: string;
  ext: string;
  bytes: number;
  created_at: string;
}

export interface LearnQuizzesTable {
  id: string;
  module_id: string;
  pass_mark: number;
  questions: string;
}

export interface LearnersTable {
  id: string;
  email_hash: string;
  email: string;
  display_name: string | null;
  language: string;
  last_mailed_at: string | null;
  created_at: string;
}

export interface LearnerTokensTable {
  token_hash: string;
  learner_id: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

export interface LearnerSessionsTable {
  id_hash: string;
  learner_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface LearnLessonProgressTable {
  learner_id: string;
  lesson_id: string;
  done_at: string;
}

export interface LearnQuizAttemptsTable {
  id: string;
  learner_id: string;
  quiz_id: string;
  score: number;
  total: number;
  passed: number;
  created_at: string;
}

export interface LearnCompletionsTable {
  id: string;
  learner_id: string;
  course_id: string;
  code: string;
  display_name: string | null;
  language: string;
  completed_at: string;
}

export interface StatsSaltsTable {
  day: string;
  salt: string;
}

export interface StatsVisitorHashesTable {
  day: string;
  scope: string;
  hash: string;
}

export interface StatsDaysTable {
  day: string;
  /** A locale, or "*" for the whole site. */
  language: string;
  views: number;
  visitors: number;
}

export interface StatsPagesTable {
  day: string;
  path: string;
  language: string;
  views: number;
  visitors: number;
}

export interface StatsTagsTable {
  day: string;
  tag: string;
  language: string;
  views: number;
  visitors: number;
}
