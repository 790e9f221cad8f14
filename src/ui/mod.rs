//! Drawing the app. Widgets render from `&App` only, so drawing can never change state.

mod big;
mod course_check;
mod course_start;
mod history;
mod home;
mod learn;
mod overlay;
mod questions;
mod result;
mod rhythm;
mod scale;
mod signs;
mod theme;
mod training;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Widget, Wrap};
use unicode_width::UnicodeWidthStr;

use crate::app::Sound;
use crate::app::{App, MorningWhy, Notice, Screen};
use crate::keys::Keymap;
use ryg_core::visible::visible;
use ryg_core::words::{self, Lang};

pub use theme::Theme;

/// The smallest terminal every screen fits; below it the app asks for a larger one.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 20;

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = Theme {
            colors: self.colors,
        };
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            let session = match &self.screen {
                Screen::Training(training) => Some(training.session.is_paused()),
                _ => None,
            };
            return enlarge(self.lang, session, area, buf);
        }
        // A notice can name a file, and a file's name can hold any character.
        let notice =
            (self.notice.as_ref()).map(|notice| visible(&self.notice_text(notice)).into_owned());
        // A notice wraps onto a second line rather than being cut.
        let notice = notice.map(|text| Paragraph::new(text).wrap(Wrap { trim: true }));
        let notice_height = notice.as_ref().map_or(0, |notice| {
            notice.line_count(area.width.saturating_sub(2)).min(3) as u16
        });
        let [header, body, notice_area, footer] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(notice_height),
            Constraint::Length(1),
        ])
        .areas(area);
        self.header(theme, header, buf);
        let body = body.inner(ratatui::layout::Margin::new(1, 0));
        match &self.screen {
            Screen::SafetyCheck(safety) => questions::safety(self, safety, theme, body, buf),
            Screen::Home(home) => home::render(self, home, theme, body, buf),
            Screen::MorningAnswer(question) => questions::morning(self, question, theme, body, buf),
            Screen::Pain(pain) => questions::pain(self, pain, theme, body, buf),
            Screen::Training(training) => training::render(self, training, theme, body, buf),
            Screen::WhyStopped(question) => {
                questions::why_stopped(self, question, theme, body, buf)
            }
            Screen::Result(outcome) => result::render(self, outcome, theme, body, buf),
            Screen::History(view) => history::render(self, view, theme, body, buf),
            Screen::Learn(learn) => learn::render(self, learn, theme, body, buf),
            Screen::CourseStart(start, _) => course_start::render(self, start, theme, body, buf),
            Screen::CourseCheck(check, _) => course_check::render(self, check, theme, body, buf),
        }
        if let Some(notice) = notice {
            notice.render(notice_area.inner(ratatui::layout::Margin::new(1, 0)), buf);
        }
        let paused = matches!(&self.screen, Screen::Training(t) if t.session.is_paused());
        hints(self.keymap(), paused, self.lang, theme, footer, buf);
        if let Some(overlay) = self.overlay {
            overlay::render(self, overlay, theme, area, buf);
        }
    }
}

impl App {
    fn header(&self, theme: Theme, area: Rect, buf: &mut Buffer) {
        let lang = self.lang;
        let (sound, style) = match self.sound {
            Sound::NoDevice => (
                words::SOUND_NO_DEVICE.get(lang).to_string(),
                theme.warning(),
            ),
            Sound::Lost => (words::SOUND_LOST.get(lang).to_string(), theme.warning()),
            Sound::NotBuilt => (
                words::SOUND_NOT_BUILT.get(lang).to_string(),
                theme.warning(),
            ),
            Sound::On if self.muted => (words::SOUND_MUTED.get(lang).to_string(), theme.warning()),
            Sound::On => (
                words::sound_at(lang, &self.settings.percent()),
                theme.quiet(),
            ),
        };
        let mut left = " ryg".to_string();
        let mut sound = sound;
        if let Screen::Training(training) = &self.screen {
            // Said during a session only, where it is heard, and only with the sound on: muted
            // or without a device, the voice is as silent as the tones.
            if self.sound == Sound::On && !self.muted {
                let voice = if self.voice_on() {
                    words::voice::VOICE_ON
                } else {
                    words::voice::VOICE_OFF
                };
                sound = format!("{sound} · {}", voice.get(lang));
            }
            let program = &self.program(training.program).program;
            let mut level = words::level_n(lang, training.level);
            // During the warm-up its title follows: the exercises on screen are not the level's.
            let session = &training.session;
            let on = session.plan().exercises.get(session.step().exercise);
            if let Some(warm_up) = on
                .filter(|planned| planned.warm_up)
                .and_then(|planned| self.catalog.find(&planned.program))
            {
                level = format!("{level} · {}", warm_up.program.title.get(lang));
            }
            let with_title = format!("{left} · {} · {level}", program.title.get(lang));
            // The program's name goes first when it would run into the sound status.
            left = if with_title.width() + sound.width() + 3 <= usize::from(area.width) {
                with_title
            } else {
                format!("{left} · {level}")
            };
        }
        Paragraph::new(Line::styled(left, theme.title())).render(area, buf);
        Paragraph::new(format!("{sound} "))
            .style(style)
            .alignment(ratatui::layout::Alignment::Right)
            .render(area, buf);
    }
}

impl App {
    /// A notice in the user's words, as the status line shows it.
    pub fn notice_text(&self, notice: &Notice) -> String {
        let lang = self.lang;
        match notice {
            Notice::NotSaved(why) => words::not_saved(lang, why),
            Notice::SavedUnfinished => words::SAVED_UNFINISHED.get(lang).to_string(),
            Notice::LevelUpdated => words::LEVEL_UPDATED.get(lang).to_string(),
            Notice::HistoryUnreadable(why) => words::history_unreadable(lang, why),
            Notice::SkippedLines(1) => words::one_skipped_line(lang),
            Notice::SkippedLines(count) => words::skipped_lines(lang, *count),
            Notice::FileNotUsed(why) => words::file_not_used(lang, why),
            Notice::Settings(said) => said.clone(),
            Notice::DatedInTheFuture { sessions: 0 } => words::FUTURE_SCREENING.get(lang).into(),
            Notice::DatedInTheFuture { sessions: 1 } => words::FUTURE_SESSION.get(lang).into(),
            Notice::DatedInTheFuture { sessions } => words::future_sessions(lang, *sessions),
            Notice::EndedWithoutReps => words::ENDED_WITHOUT_REPS.get(lang).to_string(),
            Notice::SavedWithoutPainAfter => words::SAVED_WITHOUT_PAIN_AFTER.get(lang).to_string(),
            Notice::SkipsOnlyCountdowns => words::SKIPS_ONLY_COUNTDOWNS.get(lang).to_string(),
            Notice::NoMorningToTell(why) => match why {
                MorningWhy::NoSessions => words::NO_MORNING_NO_SESSIONS,
                MorningWhy::AlreadyAnswered => words::NO_MORNING_ANSWERED,
                MorningWhy::NotYet => words::NO_MORNING_NOT_YET,
                MorningWhy::NotTheLatest => words::NO_MORNING_NOT_LATEST,
            }
            .get(lang)
            .to_string(),
            Notice::NoSuchLevel(program) => {
                let program = &self.program(*program).program;
                match program.levels() {
                    1 => words::only_level_1(lang, program.title.get(lang)),
                    levels => words::levels_1_to(lang, program.title.get(lang), levels),
                }
            }
            Notice::CourseStarted { program, days } => {
                let title = self.program(*program).program.title.get(lang);
                words::course_started_here(lang, title, &words::course::days_text(days, lang))
            }
            Notice::CourseRunning { week, weeks } => {
                words::course::course_already_running(lang, *week, *weeks)
            }
            Notice::CourseCheckKept => words::course_check::CHECK_KEPT.get(lang).to_string(),
            Notice::CourseCheckNotKept => words::course_check::CHECK_NOT_KEPT.get(lang).to_string(),
            Notice::NoSpeechEngine => words::voice::NO_SPEECH_ENGINE.get(lang).to_string(),
            Notice::NextAgain { exercise, last } => {
                let exercise = self.exercise_name(*exercise);
                if *last {
                    words::next_again_ends(lang, exercise)
                } else {
                    words::next_again(lang, exercise)
                }
            }
            Notice::NextLevel(program) => {
                let next = self.recommendation(*program);
                let title = self.program(*program).program.title.get(lang);
                let reason = next.reason.told(lang, &self.catalog);
                let mut text = words::saved_next_level(lang, title, next.level, &reason);
                // An answer that made the session red brings the advice the result screen gives.
                for advice in &next.advice {
                    text.push(' ');
                    text.push_str(advice.text(lang));
                }
                text
            }
        }
    }
}

impl App {
    /// The name of the running session's exercise `index` (the warm-up's come first).
    fn exercise_name(&self, index: usize) -> &str {
        let Screen::Training(training) = &self.screen else {
            return "";
        };
        let plan = training.session.plan();
        plan.exercises
            .get(index)
            .map_or("", |planned| planned.name().get(self.lang))
    }
}

/// As many key hints as fit the line, in order; `?` lists them all.
fn hints(keymap: Keymap, paused: bool, lang: Lang, theme: Theme, area: Rect, buf: &mut Buffer) {
    let mut line = String::from(" ");
    for hint in crate::keys::hints(keymap, lang) {
        let hint = match hint {
            words::KEY_PAUSE if paused => words::KEY_RESUME.get(lang),
            other => other.get(lang),
        };
        let separator = if line.len() > 1 { " · " } else { "" };
        if (line.chars().count() + separator.len() + hint.chars().count()) as u16 > area.width {
            break;
        }
        line.push_str(separator);
        line.push_str(hint);
    }
    Paragraph::new(line).style(theme.quiet()).render(area, buf);
}

/// Asks for a larger terminal; during a session it says that the clock runs on behind it (or is
/// paused), and how to pause, since the session's own screen cannot be seen.
fn enlarge(lang: Lang, session_paused: Option<bool>, area: Rect, buf: &mut Buffer) {
    let (w, h) = (area.width, area.height);
    let text = words::enlarge_terminal(lang, MIN_WIDTH, MIN_HEIGHT, w, h);
    let mut lines = vec![Line::raw(text)];
    if let Some(paused) = session_paused {
        let session = if paused {
            words::SMALL_SESSION_PAUSED
        } else {
            words::SMALL_SESSION_GOES_ON
        };
        lines.extend([Line::raw(""), Line::raw(session.get(lang))]);
    }
    Paragraph::new(lines)
        .wrap(Wrap { trim: true })
        .render(area, buf);
}

/// `text` cut to at most `room` columns, with "…" where it was cut.
pub(crate) fn shortened(text: &str, room: usize) -> String {
    if text.width() <= room {
        return text.to_string();
    }
    let mut kept = String::new();
    let mut used = "…".width();
    for c in text.chars() {
        let width = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + width > room {
            break;
        }
        used += width;
        kept.push(c);
    }
    kept.trim_end().to_string() + "…"
}

/// Whether `lines`, wrapped at word boundaries, fit in `area` without being cut.
pub(crate) fn fits(lines: &[Line], area: Rect) -> bool {
    let paragraph = Paragraph::new(lines.to_vec()).wrap(Wrap { trim: false });
    paragraph.line_count(area.width) <= usize::from(area.height)
}

/// Splits `area` into a centred box of at most `width` × `height`.
pub(crate) fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect::new(
        area.x + (area.width - width) / 2,
        area.y + (area.height - height) / 2,
        width,
        height,
    )
}

#[cfg(test)]
mod tests;
