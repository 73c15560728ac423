use super::merge::{Place, find_clash};
use super::*;
use crate::entry::{CodeRange, Entry};

const A: &[i64] = &[1, 5, 9];
const B: &[i64] = &[2, 5];
const C: &[i64] = &[-3, 10];

const fn entry(code: i64) -> Entry {
    let mut entry = BLANK;
    entry.code = code;
    entry
}

#[test]
fn merging_sorts_all_parts() {
    let codes: [i64; 5] = merge(&[A, C], &[A, C], 0);
    assert_eq!(codes, [-3, 1, 5, 9, 10]);
    let names: [&str; 5] = merge(&[A, C], &[&["a1", "a5", "a9"], &["c-3", "c10"]], "");
    assert_eq!(names, ["c-3", "a1", "a5", "a9", "c10"]);
    let entries: [Entry; 5] = merge(
        &[A, C],
        &[&[entry(1), entry(5), entry(9)], &[entry(-3), entry(10)]],
        BLANK,
    );
    assert_eq!(entries.map(|entry| entry.code), codes);
}

#[test]
fn a_clash_names_both_places() {
    assert_eq!(find_clash(&[A, C]), None);
    let clash = find_clash(&[A, C, B]).unwrap();
    assert_eq!(clash.code, 5);
    assert_eq!(clash.first, Place { part: 0, index: 1 });
    assert_eq!(clash.second, Place { part: 2, index: 1 });
    let names: &[&[&str]] = &[
        &["A::One", "A::Five", "A::Nine"],
        &[],
        &["B::Two", "B::Five"],
    ];
    assert!(
        clash_message(find_clashes(&[A, C, B]), names, &[])
            .as_str()
            .starts_with("error code 5 is defined by both A::Five and B::Five; ")
    );
}

#[test]
fn every_clash_is_counted_and_the_first_few_named() {
    let a: Vec<i64> = (1..=13).collect();
    let b: Vec<i64> = (5..=20).collect();
    let clashes = find_clashes(&[&a, &b]);
    assert_eq!(clashes.total(), 9);
    let names_a: Vec<String> = a.iter().map(|code| format!("A{code}")).collect();
    let names_b: Vec<String> = b.iter().map(|code| format!("B{code}")).collect();
    let names_a: Vec<&str> = names_a.iter().map(String::as_str).collect();
    let names_b: Vec<&str> = names_b.iter().map(String::as_str).collect();
    let message = clash_message(clashes, &[&names_a, &names_b], &["A", "B"]);
    assert_eq!(
        message.as_str(),
        "error codes are defined twice in this composition: 5 by both A5 and B5, \
         6 by both A6 and B6, 7 by both A7 and B7, 8 by both A8 and B8, \
         9 by both A9 and B9, 10 by both A10 and B10, 11 by both A11 and B11, \
         12 by both A12 and B12, and 1 more; give one side numbers of its own: \
         shift the composed catalogue with `#[code(transparent, offset = N)]`, \
         or renumber your own codes"
    );
}

#[test]
fn the_check_is_a_const() {
    const CLASHES: Clashes = find_clashes(&[A, B]);
    const MESSAGE: Message = clash_message(CLASHES, &[&["a", "x", "y"], &["b", "z"]], &[]);
    assert!(
        MESSAGE
            .as_str()
            .starts_with("error code 5 is defined by both x and z; ")
    );
}

proptest::proptest! {
    /// The skipping merge finds the same first clash as comparing all
    /// pairs, on sorted parts without repeats inside a part.
    #[test]
    fn finds_what_all_pairs_find(
        sets in proptest::collection::vec(
            proptest::collection::btree_set(-40i64..40, 0..12), 1..5)
    ) {
        let parts: Vec<Vec<i64>> =
            sets.iter().map(|set| set.iter().copied().collect()).collect();
        let slices: Vec<&[i64]> = parts.iter().map(Vec::as_slice).collect();
        let mut expected: Option<(i64, usize, usize)> = None;
        for (a, left) in sets.iter().enumerate() {
            for (b, right) in sets.iter().enumerate().skip(a + 1) {
                if let Some(&code) = left.intersection(right).next() {
                    let better = expected.is_none_or(|(best, first, second)| {
                        (code, a, b) < (best, first, second)
                    });
                    if better {
                        expected = Some((code, a, b));
                    }
                }
            }
        }
        let found = find_clash(&slices).map(|clash| {
            let at = |place: Place| parts[place.part][place.index];
            proptest::prop_assert_eq!(at(clash.first), clash.code);
            proptest::prop_assert_eq!(at(clash.second), clash.code);
            Ok((clash.code, clash.first.part, clash.second.part))
        });
        let found = found.transpose()?;
        proptest::prop_assert_eq!(found, expected);
    }
}

proptest::proptest! {
    /// The merge gives what a stable sort by code of all parts gives
    /// (equal codes in the order of the parts), for any sorted parts.
    #[test]
    fn merges_like_a_stable_sort(
        sets in proptest::collection::vec(
            proptest::collection::btree_set(-80i64..80, 0..40), 0..6)
    ) {
        let parts: Vec<Vec<i64>> =
            sets.iter().map(|set| set.iter().copied().collect()).collect();
        let codes: Vec<&[i64]> = parts.iter().map(Vec::as_slice).collect();
        let labels: Vec<Vec<(i64, usize)>> = parts
            .iter()
            .enumerate()
            .map(|(part, codes)| codes.iter().map(|&code| (code, part)).collect())
            .collect();
        let items: Vec<&[(i64, usize)]> = labels.iter().map(Vec::as_slice).collect();
        let mut expected: Vec<(i64, usize)> = labels.concat();
        expected.sort_by_key(|&(code, _)| code);
        let merged: [(i64, usize); 240] = merge(&codes, &items, (0, usize::MAX));
        proptest::prop_assert_eq!(&merged[..expected.len()], &expected[..]);
        proptest::prop_assert!(merged[expected.len()..].iter().all(|&item| item == (0, usize::MAX)));
    }
}

#[test]
fn retired_ranges_shifted_past_i64_are_cut_or_dropped() {
    let range = |start, end| CodeRange { start, end };
    let ranges = [range(1, 2), range(40, 60), range(100, 200)];
    let offset = i64::MAX - 50;
    assert_eq!(shifted_ranges_len(&ranges, offset), 2);
    let (shifted, by): ([CodeRange; 2], _) = shift_ranges(&ranges, &["A", "B", "C"], "X", offset);
    assert_eq!(
        shifted,
        [range(offset + 1, offset + 2), range(offset + 40, i64::MAX)]
    );
    assert_eq!(by, ["A", "B"]);
    let (low, by): ([CodeRange; 1], _) = shift_ranges(&[range(-10, -5)], &[], "X", i64::MIN + 7);
    assert_eq!(low, [range(i64::MIN, i64::MIN + 2)]);
    assert_eq!(by, ["X"]);
    assert_eq!(shifted_ranges_len(&[range(-10, -9)], i64::MIN + 1), 0);
}

#[test]
fn part_tables_leave_out_the_success_and_shift() {
    let codes: [i64; 2] = part_codes(&[1, 5, 9], Some(1), 10).unwrap();
    assert_eq!(codes, [11, 19]);
    assert_eq!(part_codes::<3>(&[1, 5, 9], None, i64::MAX), None);
    let names: [&str; 2] = part_items(&["a", "b", "c"], Some(0), "");
    assert_eq!(names, ["b", "c"]);
    assert_eq!(part_len(3, Some(2)), 2);
    assert_eq!(part_len(3, None), 3);
}

#[test]
fn codes_outside_ranges_are_found() {
    let ranges = [CodeRange { start: 0, end: 9 }];
    assert_eq!(first_outside(A, &ranges), None);
    assert_eq!(first_outside(C, &ranges), Some(0));
    assert_eq!(
        outside_message(Some(1), C, &["C::Neg", "C::Ten"], " lies outside").as_str(),
        "error code 10 of C::Ten lies outside"
    );
}

#[test]
fn messages_write_any_i64_and_cut_at_a_character() {
    for value in [0, 7, -7, 40_001, i64::MIN, i64::MAX] {
        assert_eq!(Message::new().int(value).as_str(), value.to_string());
    }
    let long = "é".repeat(1100); // 2,200 bytes
    let message = Message::new().str("x").str(&long);
    assert_eq!(message.as_str().len(), 2047);
    assert!(message.as_str().ends_with('é'));
}
