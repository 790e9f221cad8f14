//! Colours and emphasis. Colour is never the only signal (every coloured thing also says what it
//! means in words), and with `NO_COLOR` set there is none at all.

use ratatui::style::{Color, Modifier, Style};

use ryg_core::program::PhaseKind;
use ryg_core::rules::Zone;

#[derive(Clone, Copy, Debug)]
pub struct Theme {
    pub colors: bool,
}

impl Theme {
    /// `color`, unless colours are off.
    pub fn color(self, color: Color) -> Style {
        if self.colors {
            Style::new().fg(color)
        } else {
            Style::new()
        }
    }

    pub fn title(self) -> Style {
        self.color(Color::Cyan).add_modifier(Modifier::BOLD)
    }

    pub fn strong(self) -> Style {
        Style::new().add_modifier(Modifier::BOLD)
    }

    /// Secondary text: hints, labels.
    pub fn quiet(self) -> Style {
        if self.colors {
            Style::new().fg(Color::Gray)
        } else {
            Style::new()
        }
    }

    /// The chosen item of a list; reversed, so it shows without colour too.
    pub fn selected(self) -> Style {
        self.color(Color::Cyan)
            .add_modifier(Modifier::REVERSED | Modifier::BOLD)
    }

    pub fn zone(self, zone: Zone) -> Style {
        let color = match zone {
            Zone::Green => Color::Green,
            Zone::Amber => Color::Yellow,
            Zone::Red => Color::Red,
        };
        self.color(color).add_modifier(Modifier::BOLD)
    }

    pub fn phase(self, kind: Option<PhaseKind>) -> Style {
        let color = match kind {
            Some(PhaseKind::Move) => Color::Green,
            Some(PhaseKind::Hold) => Color::Yellow,
            Some(PhaseKind::Return) => Color::Cyan,
            None => Color::White,
        };
        self.color(color).add_modifier(Modifier::BOLD)
    }

    pub fn warning(self) -> Style {
        self.color(Color::Yellow).add_modifier(Modifier::BOLD)
    }

    pub fn danger(self) -> Style {
        self.color(Color::Red).add_modifier(Modifier::BOLD)
    }

    pub fn bar(self) -> Style {
        self.color(Color::Cyan)
    }
}
