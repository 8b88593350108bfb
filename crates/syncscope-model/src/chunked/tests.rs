use super::*;

/// Items of 4 KiB: 16 to a chunk.
type Page = [u8; 4096];

fn page(n: u8) -> Page {
    [n; 4096]
}

fn pages(n: u8) -> ChunkedVec<Page> {
    (0..n).map(page).collect()
}

#[test]
fn items_are_found_by_index_across_chunks_and_in_both_directions() {
    assert_eq!(ChunkedVec::<Page>::PER_CHUNK, 16);
    let v = pages(40);
    assert_eq!((v.len(), v.chunks.len()), (40, 3));
    assert_eq!(v[17][0], 17);
    assert_eq!(v.get(40), None);
    assert_eq!(v.first().map(|p| p[0]), Some(0));
    assert_eq!(v.last().map(|p| p[0]), Some(39));
    let forth: Vec<u8> = v.iter().map(|p| p[0]).collect();
    assert_eq!(forth, (0..40).collect::<Vec<_>>());
    let back: Vec<u8> = v.iter().rev().map(|p| p[0]).collect();
    assert_eq!(back, (0..40).rev().collect::<Vec<_>>());
    for from in [0, 15, 16, 17, 39, 40, 41] {
        let tail: Vec<u8> = v.iter_from(from).map(|p| p[0]).collect();
        assert_eq!(
            tail,
            (from.min(40) as u8..40).collect::<Vec<_>>(),
            "from {from}"
        );
    }
    assert_eq!(
        format!("{:?}", (0..3).collect::<ChunkedVec<u8>>()),
        "[0, 1, 2]"
    );
}

#[test]
fn a_clone_shares_every_chunk_until_a_side_writes() {
    let v = pages(40);
    let c = v.clone();
    assert!(
        v.chunks
            .iter()
            .zip(&c.chunks)
            .all(|(a, b)| Arc::ptr_eq(a, b))
    );
    assert_eq!(c, v);
}

#[test]
fn each_side_goes_on_alone_copying_only_the_last_chunk() {
    let mut v = pages(40);
    let mut c = v.clone();
    v.push(page(100));
    if let Some(last) = c.last_mut() {
        last[0] = 200;
    }
    c.push(page(201));
    assert_eq!(
        v.iter().map(|p| p[0]).skip(38).collect::<Vec<_>>(),
        [38, 39, 100]
    );
    assert_eq!(
        c.iter().map(|p| p[0]).skip(38).collect::<Vec<_>>(),
        [38, 200, 201]
    );
    assert_ne!(v, c);
    let shared = |a: &ChunkedVec<Page>, b: &ChunkedVec<Page>| {
        a.chunks
            .iter()
            .zip(&b.chunks)
            .filter(|(a, b)| Arc::ptr_eq(a, b))
            .count()
    };
    assert_eq!(shared(&v, &c), 2, "the full chunks stay shared");
    if let Some(first) = c.get_mut(1) {
        first[0] = 202;
    }
    assert_eq!((v[1][0], c[1][0]), (1, 202));
    assert_eq!(shared(&v, &c), 1, "a chunk written in the middle is copied");
    // A full last chunk is not copied: the next item starts a chunk of its own.
    let mut full = pages(32);
    let before = full.clone();
    full.push(page(32));
    assert_eq!(shared(&full, &before), 2);
    assert_eq!(before.len(), 32);
}

#[test]
fn bytes_count_the_items_and_the_tail_the_last_chunk() {
    let v = pages(40);
    assert_eq!(v.bytes(), 40 * 4096);
    assert_eq!(v.tail_bytes(), 8 * 4096);
    assert_eq!(ChunkedVec::<Page>::new().tail_bytes(), 0);
    assert_eq!(pages(32).tail_bytes(), 16 * 4096);
}

#[test]
fn a_partition_point_is_found_across_chunks() {
    let v = pages(40);
    for cut in 0..=41u8 {
        let want = usize::from(cut.min(40));
        assert_eq!(v.partition_point(|p| p[0] < cut), want, "cut {cut}");
    }
    assert_eq!(ChunkedVec::<u8>::new().partition_point(|_| true), 0);
}
