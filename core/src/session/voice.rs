//! What the voice says in a session, and when: the phrases of a whole session laid out from its
//! timeline before it starts, none of them running into the next.
//!
//! Every phrase is said as a step starts (or, for "session done", as the session ends), so it
//! follows the session through pauses and skips: the step's real start is its moment. What is
//! said, in the user's language:
//! - at each get-ready (or an exercise's first step when it has none): the exercise and its dose;
//! - at each set's start: "set 2 of 3" (from the second set on), with the side when the exercise
//!   does all reps on one side and then the other;
//! - at the change of side in the middle of a set: the new side;
//! - at the start of the last rep of a run of reps (a set, or one side's reps): "last one";
//! - at each rest: the rest and its length;
//! - "halfway", at the first step start in the second half where it fits between the others;
//! - "session done" at the end.
//!
//! Sides that alternate rep by rep are not named: a word every few seconds would be noise.
//!
//! A phrase must never overlap the next one: each phrase has its forms, longest first, and keeps
//! the longest whose length (the real one once synthesised, an estimate before) ends a breath
//! before the next phrase's moment; a phrase none of whose forms fits is dropped. A later phrase
//! is never moved or dropped for an earlier one: it says what is happening then.

use std::time::Duration;

use crate::program::Side;
use crate::words::{self, Lang, voice};

use super::plan::Plan;
use super::timeline::{Part, Timeline};

/// The silence kept between the end of one phrase and the start of the next.
pub const BREATH: Duration = Duration::from_millis(300);

/// One phrase of a session.
#[derive(Clone, Debug, PartialEq)]
pub struct Phrase {
    /// Said as this step of the timeline starts; the number of steps means the session's end.
    pub step: usize,
    /// The step's planned start, from the start of the session.
    pub at: Duration,
    /// What may be said, longest first: the first is what the estimate chose, the others are
    /// shorter, for when the real sound turns out longer than `room`.
    pub forms: Vec<String>,
    /// How long the phrase may last before it would run into the next one's moment (a breath
    /// kept); `None` for the last phrase.
    pub room: Option<Duration>,
}

impl Phrase {
    /// What the phrase says.
    pub fn text(&self) -> &str {
        &self.forms[0]
    }
}

/// Every phrase of the session of `plan` (laid out as `timeline`) in `lang`, in order, none of
/// them running into the next by `length` (how long a text takes to say).
pub fn phrases(
    plan: &Plan,
    timeline: &Timeline,
    lang: Lang,
    length: impl Fn(&str) -> Duration,
) -> Vec<Phrase> {
    let mut kept = fit(candidates(plan, timeline, lang), &length);
    halfway(timeline, lang, &length, &mut kept);
    rooms(&mut kept);
    kept
}

/// Every text the session may say, each once, for synthesising before it starts: every form of
/// every phrase, whatever fits in the end.
pub fn every_text(plan: &Plan, timeline: &Timeline, lang: Lang) -> Vec<String> {
    let mut texts: Vec<String> = candidates(plan, timeline, lang)
        .into_iter()
        .flat_map(|phrase| phrase.forms)
        .chain([words::voice::HALFWAY.get(lang).to_string()])
        .collect();
    let mut seen = std::collections::HashSet::new();
    texts.retain(|text| seen.insert(text.clone()));
    texts
}

/// How long the speech engine takes to say `text` at its usual pace (about 175 words a minute),
/// rounded up: a phrase is laid out by this until its real length is known.
pub fn estimate(text: &str) -> Duration {
    let words = text.split_whitespace().count() as u64;
    Duration::from_millis(300 + 400 * words)
}

/// The phrases before fitting, every form kept; at most one per step (the first found).
fn candidates(plan: &Plan, timeline: &Timeline, lang: Lang) -> Vec<Phrase> {
    let mut out: Vec<Phrase> = Vec::new();
    let mut say = |step: usize, at: Duration, forms: Vec<String>| {
        if out.last().is_some_and(|last| last.step == step) || forms.is_empty() {
            return;
        }
        let forms = forms.iter().map(|form| spoken(form)).collect();
        out.push(Phrase {
            step,
            at,
            forms,
            room: None,
        });
    };
    let mut exercise_seen = None;
    for (index, step) in timeline.steps.iter().enumerate() {
        let Some(planned) = plan.exercises.get(step.exercise) else {
            continue;
        };
        let dose = timeline.doses[step.exercise];
        let exercise = &planned.exercise;
        let side = |side: Side| exercise.side_name(side, lang);
        if exercise_seen != Some(step.exercise) {
            exercise_seen = Some(step.exercise);
            let name = planned.name().get(lang);
            let sided = dose.sides != crate::program::Sides::None;
            let full = match (dose.sets, sided) {
                (1, false) => voice::next_once(lang, name, dose.reps),
                (1, true) => voice::next_once_sided(lang, name, dose.reps),
                (sets, false) => voice::next_sets(lang, name, sets, dose.reps),
                (sets, true) => voice::next_sets_sided(lang, name, sets, dose.reps),
            };
            say(
                index,
                step.starts_at,
                vec![full, voice::next_short(lang, name)],
            );
        }
        match step.part {
            Part::Prepare => {}
            Part::Phase {
                set,
                rep,
                side: on,
                phase: 0,
                ..
            } => {
                let each_side = dose.sides == crate::program::Sides::EachSide;
                let first_of_set = rep == 1 && on != Some(Side::Right);
                if first_of_set && set > 1 {
                    let forms = match on.filter(|_| each_side) {
                        Some(on) => vec![
                            voice::set_of_side(lang, set, dose.sets, side(on)),
                            voice::side_alone(side(on)),
                        ],
                        None => vec![
                            voice::set_of(lang, set, dose.sets),
                            voice::set_short(lang, set),
                        ],
                    };
                    say(index, step.starts_at, forms);
                } else if first_of_set && each_side {
                    let on = on.unwrap_or(Side::Left);
                    say(index, step.starts_at, vec![voice::side_alone(side(on))]);
                }
                let last_run_start = rep == dose.reps && (each_side || on != Some(Side::Right));
                if dose.reps > 1 && last_run_start {
                    say(
                        index,
                        step.starts_at,
                        vec![voice::LAST_ONE.get(lang).into()],
                    );
                }
            }
            Part::Phase { .. } => {}
            Part::Switch { .. } => {
                let forms = match exercise.side_words {
                    Some(_) => vec![voice::side_alone(side(Side::Right))],
                    None => vec![
                        voice::now_side(lang, side(Side::Right)),
                        voice::side_alone(side(Side::Right)),
                    ],
                };
                say(index, step.starts_at, forms);
            }
            Part::Rest { .. } => {
                let secs = step.length.as_secs_f64().round() as u32;
                let forms = vec![voice::rest_for(lang, secs), voice::REST.get(lang).into()];
                say(index, step.starts_at, forms);
            }
        }
    }
    let done = voice::SESSION_DONE.get(lang).to_string();
    say(timeline.steps.len(), timeline.total, vec![done]);
    out
}

/// What is said of `text`: a user's exercise name may hold characters no voice should read.
fn spoken(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).collect()
}

/// Keeps each phrase's longest form that ends a breath before the next kept phrase's moment,
/// going from the last phrase back, so that a later phrase always keeps its place.
fn fit(candidates: Vec<Phrase>, length: &impl Fn(&str) -> Duration) -> Vec<Phrase> {
    let mut kept: Vec<Phrase> = Vec::new();
    for mut phrase in candidates.into_iter().rev() {
        let until = kept.last().map(|next| next.at);
        let fits =
            |form: &String| until.is_none_or(|until| phrase.at + length(form) + BREATH <= until);
        if let Some(first) = phrase.forms.iter().position(fits) {
            phrase.forms.drain(..first);
            kept.push(phrase);
        }
    }
    kept.reverse();
    kept
}

/// Puts "halfway" at the first step start in the second half of the session where it fits
/// between the phrases around it; nowhere when it fits nowhere.
fn halfway(
    timeline: &Timeline,
    lang: Lang,
    length: &impl Fn(&str) -> Duration,
    kept: &mut Vec<Phrase>,
) {
    let text = voice::HALFWAY.get(lang).to_string();
    let half = timeline.total / 2;
    let place = timeline
        .steps
        .iter()
        .enumerate()
        .filter(|(_, step)| step.starts_at >= half)
        .find_map(|(index, step)| {
            let at = step.starts_at;
            let after = kept.partition_point(|phrase| phrase.at < at);
            let clear_before = after == 0 || {
                let before = &kept[after - 1];
                before.at + length(before.text()) + BREATH <= at
            };
            let clear_after = kept
                .get(after)
                .is_none_or(|next| at + length(&text) + BREATH <= next.at);
            (clear_before && clear_after).then_some((after, index, at))
        });
    if let Some((after, step, at)) = place {
        let phrase = Phrase {
            step,
            at,
            forms: vec![text],
            room: None,
        };
        kept.insert(after, phrase);
    }
}

/// Each phrase's room: up to a breath before the next one's moment.
fn rooms(kept: &mut [Phrase]) {
    for index in 0..kept.len() {
        kept[index].room = kept
            .get(index + 1)
            .map(|next| next.at.saturating_sub(kept[index].at + BREATH));
    }
}

#[cfg(test)]
#[path = "voice_tests.rs"]
mod tests;
