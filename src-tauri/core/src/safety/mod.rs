//! Help when it is needed most: the person's own safety plan and the
//! sourced table of crisis lines by region. Both are readable without the
//! journal's key where the person has chosen so (see `docs/design.md`,
//! "Crisis help").

pub mod crisis;
pub mod plan;
