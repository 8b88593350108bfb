use std::collections::HashMap;
use syncscope_program::event::Gid;

/// One append that landed on a slot a racing append had already filled.
#[derive(Debug, Clone, PartialEq)]
pub struct Overwrite {
    pub at_ns: u64,
    pub by: Gid,
    pub slot: usize,
    pub lost: String,
    pub(crate) kept: String,
}

/// The shared `results` slice as the events describe it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Results {
    slots: Vec<Option<String>>,
    len: usize,
    appended: Vec<String>,
    pub overwrites: Vec<Overwrite>,
}

impl Results {
    pub(crate) fn store(
        &mut self,
        at_ns: u64,
        by: Gid,
        slot: usize,
        value: &str,
        overwrote: Option<&str>,
    ) {
        if self.slots.len() <= slot {
            self.slots.resize(slot + 1, None);
        }
        self.slots[slot] = Some(value.to_string());
        self.appended.push(value.to_string());
        if let Some(lost) = overwrote {
            self.overwrites.push(Overwrite {
                at_ns,
                by,
                slot,
                lost: lost.to_string(),
                kept: value.to_string(),
            });
        }
    }

    pub(crate) fn set_len(&mut self, len: usize) {
        self.len = len;
    }

    /// What `fmt.Println(results)` would print now.
    pub fn contents(&self) -> Vec<&str> {
        self.slots
            .iter()
            .take(self.len)
            .map(|s| s.as_deref().unwrap_or(""))
            .collect()
    }

    /// Appends that have completed so far.
    pub fn appended(&self) -> usize {
        self.appended.len()
    }

    /// Appends that completed but are not in the slice: overwritten, or cut off when a racing
    /// append stored a shorter length.
    /// A value appended more often than it is kept is counted as often as it is missing.
    pub fn lost(&self) -> Vec<&str> {
        // Every append in its own slot and none overwritten: nothing is missing.
        if self.overwrites.is_empty() && self.len == self.appended.len() {
            return Vec::new();
        }
        let mut kept: HashMap<&str, usize> = HashMap::new();
        for v in self.contents() {
            *kept.entry(v).or_default() += 1;
        }
        self.appended
            .iter()
            .map(String::as_str)
            .filter(|v| match kept.get_mut(v) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shorter_length_cuts_off_a_completed_append() {
        let mut r = Results::default();
        r.store(1, Gid(2), 0, "id2", None);
        r.set_len(1);
        r.store(2, Gid(3), 1, "id3", None);
        r.set_len(2);
        r.store(3, Gid(1), 0, "id1", Some("id2"));
        r.set_len(1);
        assert_eq!(r.contents(), vec!["id1"]);
        assert_eq!(r.lost(), vec!["id2", "id3"]);
        assert_eq!(r.overwrites.len(), 1);
    }
}
