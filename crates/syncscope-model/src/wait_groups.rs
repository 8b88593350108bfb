//! Each WaitGroup's counter, named as in the code, for a gauge of its own.

use syncscope_program::event::WgCount;

#[derive(Debug, Clone, PartialEq)]
pub struct WaitGroupView {
    /// The program's global that holds it.
    pub group: u32,
    pub name: String,
    pub counter: i64,
    /// The highest the counter has been: its gauge's full scale.
    pub peak: i64,
}

/// The run's WaitGroups: the lesson's, at zero from the start, in the code's order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WaitGroups {
    pub list: Vec<WaitGroupView>,
}

impl WaitGroups {
    pub(crate) fn named(names: &[(u32, String)]) -> WaitGroups {
        WaitGroups {
            list: names
                .iter()
                .map(|(group, name)| WaitGroupView {
                    group: *group,
                    name: name.clone(),
                    counter: 0,
                    peak: 0,
                })
                .collect(),
        }
    }

    pub(crate) fn set(&mut self, count: WgCount) {
        // An older trace's counter belongs to the lesson's first WaitGroup.
        let found = if count.group == WgCount::UNKNOWN_GROUP {
            self.list.first_mut()
        } else {
            self.list.iter_mut().find(|w| w.group == count.group)
        };
        let view = match found {
            Some(view) => view,
            None => {
                self.list.push(WaitGroupView {
                    group: count.group,
                    name: "wg".into(),
                    counter: 0,
                    peak: 0,
                });
                let last = self.list.len() - 1;
                &mut self.list[last]
            }
        };
        view.counter = count.counter;
        view.peak = view.peak.max(count.counter);
    }
}
