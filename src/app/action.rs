//! What the user asks for, in the app's words, and the kinds of screen as far as keys are
//! concerned. Which key means which action is the keys' table (`keys`); the model sees actions only.

/// What the user asked for, in the app's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Up,
    Down,
    Left,
    Right,
    Digit(u8),
    Confirm,
    Yes,
    No,
    Back,
    Pause,
    Skip,
    NextExercise,
    Mute,
    Louder,
    Quieter,
    /// Switch the voice on or off.
    Voice,
    Help,
    Quit,
    /// Ctrl-C: stop now, saving what was done.
    Interrupt,
    /// Ctrl-Z: hand the terminal back to the shell for now; a running session pauses.
    Suspend,
    /// Take the safety check again from its stop screen.
    CheckAgain,
    /// A doctor or physiotherapist has checked the within-days sign and said exercise is fine.
    ClinicianChecked,
    /// Show the warning signs (from help).
    WarningSigns,
    /// Open the history screen.
    OpenHistory,
    PageUp,
    PageDown,
    /// The newest session.
    Newest,
    /// The oldest session.
    Oldest,
    /// Switch the chart between the last eight weeks and all time.
    SwitchPeriod,
    /// Answer the morning question of a past session.
    AnswerMorning,
    /// Take the gentler session offered on a bad day.
    Gentler,
    /// Open the Learn modules.
    OpenLearn,
    /// Start a course with the program chosen on home.
    OpenCourseStart,
    /// Change the text of the field being written.
    Edit(super::Edit),
}

/// The kinds of screen, as far as keys are concerned. A screen whose keys do different things in
/// different moments has a keymap for each, so that help never shows a key that does nothing there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keymap {
    SafetyQuestion,
    /// After a yes to the emergency group.
    SafetyStop,
    /// After a yes to the within-days group, which a clinician's word can pass.
    SafetySeeDoctor,
    Home,
    /// The morning question asked before a session, from home.
    MorningAnswer,
    /// The morning question asked from the history screen.
    MorningAnswerFromHistory,
    /// The pain question before a session, which can go back home.
    PainBefore,
    /// The pain question before a session, on a bad day, with a gentler session on offer.
    PainBeforeBadDay,
    /// The pain question after a session, which must be answered.
    PainAfter,
    Training,
    /// Why a session was ended early.
    WhyStopped,
    Result,
    History,
    HistoryDetail,
    /// The history screen with nothing to list yet.
    HistoryEmpty,
    /// The list of Learn modules.
    LearnList,
    /// One Learn module, with its plan line being written.
    LearnModule,
    /// Starting a course: choosing its program.
    CourseProgram,
    /// Starting a course: choosing its two days.
    CourseDays,
    /// Starting a course: a goal being written.
    CourseGoal,
    /// Starting a course: a rating (a goal's, last week's pain, confidence).
    CourseRating,
    /// A course's measure: a rating.
    CheckRating,
    /// The review: the course then → now.
    CheckSummary,
    /// The review: the global rating of change.
    CheckChange,
    /// The review: is the back in a state the user can accept?
    CheckAcceptable,
    /// The review: what the change means.
    CheckMeaning,
    HelpOverlay,
    /// The warning signs, opened from help.
    WarningSigns,
    ConfirmQuit,
}

impl Keymap {
    pub const ALL: [Keymap; 29] = [
        Keymap::SafetyQuestion,
        Keymap::SafetyStop,
        Keymap::SafetySeeDoctor,
        Keymap::Home,
        Keymap::MorningAnswer,
        Keymap::MorningAnswerFromHistory,
        Keymap::PainBefore,
        Keymap::PainBeforeBadDay,
        Keymap::PainAfter,
        Keymap::Training,
        Keymap::WhyStopped,
        Keymap::Result,
        Keymap::History,
        Keymap::HistoryDetail,
        Keymap::HistoryEmpty,
        Keymap::LearnList,
        Keymap::LearnModule,
        Keymap::CourseProgram,
        Keymap::CourseDays,
        Keymap::CourseGoal,
        Keymap::CourseRating,
        Keymap::CheckRating,
        Keymap::CheckSummary,
        Keymap::CheckChange,
        Keymap::CheckAcceptable,
        Keymap::CheckMeaning,
        Keymap::HelpOverlay,
        Keymap::WarningSigns,
        Keymap::ConfirmQuit,
    ];
}
