//! Nothing: the measurement is tests/speed.rs.
