//! Numbers for SVG attributes, written without Rust's float formatting (which would add
//! ~10 KB of gzip to the web build for no visible gain): tenths of a pixel are plenty.

/// `v` rounded to a tenth, e.g. `12.3`, `-0.5`, `7` (non-finite numbers are written `0`).
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "0".to_string();
    }
    let tenths = (v * 10.0).round() as i64;
    let (sign, abs) = if tenths < 0 { ("-", tenths.unsigned_abs()) } else { ("", tenths as u64) };
    match abs % 10 {
        0 => format!("{sign}{}", abs / 10),
        frac => format!("{sign}{}.{frac}", abs / 10),
    }
}

/// `v` in thousandths as an integer (for data attributes tests read back exactly).
pub fn milli(v: f64) -> String {
    if v.is_finite() {
        ((v * 1000.0).round() as i64).to_string()
    } else {
        "0".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_with_signs_and_whole_numbers() {
        assert_eq!(num(12.34), "12.3");
        assert_eq!(num(-0.46), "-0.5");
        assert_eq!(num(7.0), "7");
        assert_eq!(num(-0.04), "0");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(1e6 + 0.25), "1000000.3");
    }

    #[test]
    fn thousandths_are_integers() {
        assert_eq!(milli(18_835.5), "18835500");
        assert_eq!(milli(-1.0005), "-1001");
    }
}
