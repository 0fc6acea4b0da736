//! What a deal's stage dates (`[deals.stages]`) and lines tell.

use super::Deal;
use chrono::NaiveDate;
use rust_decimal::Decimal;

impl Deal {
    /// The day the deal entered its current stage, when recorded.
    pub fn stage_since(&self) -> Option<NaiveDate> {
        self.entered(&self.stage)
    }

    /// The day the deal (last) entered `stage`, when recorded.
    pub fn entered(&self, stage: &str) -> Option<NaiveDate> {
        self.stages.iter().find(|s| s.stage == stage).map(|s| s.on)
    }

    /// The first recorded day: when the deal was opened.
    pub fn opened(&self) -> Option<NaiveDate> {
        self.stages.first().map(|s| s.on)
    }

    /// The sum of the lines (`None` without lines).
    pub fn lines_total(&self) -> Option<Decimal> {
        (!self.lines.is_empty()).then(|| {
            self.lines
                .iter()
                .map(super::DealLine::amount)
                .sum::<Decimal>()
                .normalize()
        })
    }
}
