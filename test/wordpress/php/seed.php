<?php
/**
 * The sample content of the test site: the news of Port Merrow, an invented harbour town. Everything goes
 * in through WordPress's own functions, so what the REST API serves is what a real site would serve:
 * texturized titles, sized images, threaded and moderated comments, a protected and a closed post.
 *
 * Comment counts are chosen so that every post differs from its neighbours in the ranking and the most
 * commented post has more approved comments (23) than the 10 that `_embed` brings with a post.
 */

require_once ABSPATH . 'wp-admin/includes/file.php';
require_once ABSPATH . 'wp-admin/includes/media.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

/** A JPEG of a sea-and-sky scene in the given colours, with a caption in the corner, written with GD. */
function news_seed_picture( $path, $width, $height, $sky, $sea, $label ) {
	$image = imagecreatetruecolor( $width, $height );
	$horizon = (int) ( $height * 0.55 );
	for ( $y = 0; $y < $height; $y++ ) {
		$from = $y < $horizon ? $sky : $sea;
		$shade = $y < $horizon ? $y / $horizon : ( $y - $horizon ) / ( $height - $horizon );
		$color = imagecolorallocate(
			$image,
			(int) ( $from[0] * ( 1 - 0.35 * $shade ) ),
			(int) ( $from[1] * ( 1 - 0.35 * $shade ) ),
			(int) ( $from[2] * ( 1 - 0.25 * $shade ) )
		);
		imageline( $image, 0, $y, $width, $y, $color );
	}
	$white = imagecolorallocate( $image, 255, 255, 255 );
	for ( $i = 0; $i < 12; $i++ ) {
		$y = $horizon + 20 + $i * (int) ( ( $height - $horizon ) / 13 );
		imageline( $image, 40 + $i * 17, $y, $width - 60 - $i * 23, $y, $white );
	}
	imagestring( $image, 5, 24, 24, $label, $white );
	imagejpeg( $image, $path, 72 );
	imagedestroy( $image );
}

/** A square PNG for avatars: one colour with a lighter disc. */
function news_seed_avatar( $path, $size ) {
	$image = imagecreatetruecolor( $size, $size );
	imagefill( $image, 0, 0, imagecolorallocate( $image, 44, 96, 128 ) );
	imagefilledellipse( $image, $size / 2, $size / 2.6, $size / 2.2, $size / 2.2, imagecolorallocate( $image, 205, 222, 232 ) );
	imagefilledellipse( $image, $size / 2, $size * 1.02, $size * 0.9, $size * 0.75, imagecolorallocate( $image, 205, 222, 232 ) );
	imagepng( $image, $path );
	imagedestroy( $image );
}

/** Block-editor paragraphs, as the editor saves them. */
function news_seed_paragraphs( array $paragraphs ) {
	return implode(
		"\n\n",
		array_map(
			function ( $text ) {
				return "<!-- wp:paragraph -->\n<p>$text</p>\n<!-- /wp:paragraph -->";
			},
			$paragraphs
		)
	);
}

/** The posts, newest first. `comments`: approved comments; `replies`: how many of them answer another one. */
function news_seed_posts() {
	return array(
		array(
			'key'        => 'ferry',
			'title'      => 'The <em>Quiet</em> Comeback of the Merrow Ferry',
			'date'       => '2026-11-28 08:15:00',
			'category'   => 'harbour',
			'tags'       => array( 'ferry', 'transport' ),
			'image'      => array( array( 120, 170, 215 ), array( 20, 80, 120 ), 'Ferry at the slipway' ),
			'comments'   => 5,
			'replies'    => 1,
			'content'    => news_seed_paragraphs(
				array(
					'Eleven months after the old <em>Merrow Belle</em> was towed away for repairs, a ferry is crossing the estuary again. The new boat is smaller, electric, and almost silent: regulars at the slipway say they only noticed it when the gulls moved.',
					'The crossing takes nine minutes. Tickets cost the same as before, and season passes bought last winter will be honoured until March, the harbour office confirmed on Friday.',
					'Skipper Aled Morgan, who has worked the route for twenty years, says the hardest part is the quiet. “You used to hear us from the church. Now people wave because they see us, not because we woke them.”',
					'The first sailing leaves the town quay at 7:10 each weekday. A full timetable is posted in the ticket hut and at the library.',
				)
			),
		),
		array(
			'key'        => 'chips',
			'title'      => 'Fish &amp; Chips on the Quay: Dora\'s Reopens After the Flood',
			'date'       => '2026-11-27 12:40:00',
			'category'   => 'business',
			'tags'       => array( 'flood', 'food' ),
			'image'      => array( array( 230, 190, 130 ), array( 90, 110, 130 ), 'Dora\'s on the quay' ),
			'comments'   => 12,
			'replies'    => 4,
			'excerpt'    => 'The queue reached the lifeboat station by noon. Dora Penhale\'s shop is frying again, three months after the October surge filled it with sea water.',
			'content'    => news_seed_paragraphs(
				array(
					'The queue reached the lifeboat station by noon. Dora Penhale\'s shop is frying again, three months after the October surge filled it to the counter with sea water and sand.',
					'New floors, new fryers and a raised doorstep cost more than the insurance paid; the rest came from a collection at the Harbour Inn & the rugby club, and from a bake sale at the primary school that raised £1,140.',
					'“I cried twice this morning,” Mrs Penhale said, “once at the first customer and once at the bill for the fryers.” Haddock is back on the board at the old price.',
				)
			),
		),
		array(
			'key'        => 'rain',
			'title'      => '"Not a Drop Wasted" - Inside the Town\'s New Rain Gardens',
			'date'       => '2026-11-26 09:05:00',
			'category'   => 'environment',
			'tags'       => array( 'flood', 'council' ),
			'image'      => array( array( 150, 190, 150 ), array( 60, 100, 80 ), 'Rain garden on Fore Street' ),
			'comments'   => 2,
			'replies'    => 0,
			'content'    => news_seed_paragraphs(
				array(
					'Six beds of reeds, rushes and gravel now line the bottom of Fore Street, where storm water used to race into the harbour carrying whatever the hill gave it.',
					'The council says each bed can hold the run-off of a heavy hour and let it soak away slowly. Volunteers from the allotment society planted them over two weekends.',
				)
			),
		),
		array(
			'key'        => 'lifeboat',
			'title'      => 'Lifeboat Crew Answers Three Calls in One Night',
			'date'       => '2026-11-25 06:30:00',
			'category'   => 'harbour',
			'tags'       => array( 'lifeboat', 'storm' ),
			'image'      => array( array( 70, 80, 110 ), array( 25, 35, 60 ), 'Lifeboat launching' ),
			'comments'   => 23,
			'replies'    => 8,
			'held'       => 1,
			'spam'       => 1,
			'excerpt'    => 'A yacht adrift, a kayaker on the rocks and a fishing boat with a fouled propeller: the volunteers of Merrow lifeboat station were at sea for eleven of the night\'s fourteen hours.',
			'content'    => news_seed_paragraphs(
				array(
					'A yacht adrift off Gull Point, a kayaker stranded on the rocks below the coastguard cottages and a fishing boat with a rope round its propeller: the volunteers of Merrow lifeboat station were at sea for eleven of Tuesday night\'s fourteen hours.',
					'The pagers first went at 18:52. By the third launch, at 03:10, the crew had changed twice; the coxswain did not.',
					'Nobody was hurt. The station will hold an open morning on Saturday for anyone who wants to thank the crew in person, or to join it.',
				)
			),
		),
		array(
			'key'        => 'styled',
			'title'      => 'Council Publishes the Harbour Wall Survey',
			'date'       => '2026-11-24 15:20:00',
			'category'   => 'council',
			'tags'       => array( 'council', 'storm' ),
			'image'      => array( array( 180, 180, 170 ), array( 80, 90, 95 ), 'The harbour wall' ),
			'comments'   => 4,
			'replies'    => 1,
			// What the block editor saves for alignment, colours and font sizes: classes and inline styles.
			'content'    => implode(
				"\n\n",
				array(
					'<!-- wp:paragraph {"align":"center","style":{"color":{"text":"#1a4d6e"}}} -->' . "\n" . '<p class="has-text-align-center has-text-color" style="color:#1a4d6e">The survey of the harbour wall is finally public, and it is better news than the town feared.</p>' . "\n" . '<!-- /wp:paragraph -->',
					'<!-- wp:paragraph {"style":{"typography":{"fontSize":"1.25rem","lineHeight":"1.6"}}} -->' . "\n" . '<p style="font-size:1.25rem;line-height:1.6">Engineers found <strong>no movement</strong> in the foundations since the last survey in 2019. Three sections of facing stone need repointing before next winter.</p>' . "\n" . '<!-- /wp:paragraph -->',
					'<!-- wp:group {"style":{"color":{"background":"#f3efe6"},"spacing":{"padding":{"top":"1rem","bottom":"1rem","left":"1.5rem","right":"1.5rem"}}}} -->' . "\n" . '<div class="wp-block-group has-background" style="background-color:#f3efe6;padding-top:1rem;padding-right:1.5rem;padding-bottom:1rem;padding-left:1.5rem"><!-- wp:paragraph -->' . "\n" . '<p>Repairs are estimated at <span style="color:#b3261e" class="has-inline-color">£212,000</span>, about a third of the sum set aside after the October surge.</p>' . "\n" . '<!-- /wp:paragraph --></div>' . "\n" . '<!-- /wp:group -->',
					'<!-- wp:paragraph {"align":"right","fontSize":"small"} -->' . "\n" . '<p class="has-text-align-right has-small-font-size" style="text-align:right">The full survey can be read at the town hall and the library.</p>' . "\n" . '<!-- /wp:paragraph -->',
				)
			),
		),
		array(
			'key'        => 'embed',
			'title'      => 'Watch: Storm Waves Over the Breakwater',
			'date'       => '2026-11-22 17:45:00',
			'category'   => 'weather',
			'tags'       => array( 'storm' ),
			'image'      => array( array( 110, 120, 130 ), array( 40, 60, 70 ), 'Waves on the breakwater' ),
			'comments'   => 9,
			'replies'    => 3,
			// An embed block after WordPress fetched its oEmbed HTML (there is no network here to fetch it).
			'content'    => news_seed_paragraphs( array( 'Sunday\'s high tide met a westerly gale, and the breakwater disappeared under white water for most of the afternoon. Reader Tomos Price filmed it from the lookout.' ) ) . "\n\n" .
				'<!-- wp:embed {"url":"https://www.youtube.com/watch?v=mErr0wW4ves","type":"video","providerNameSlug":"youtube","responsive":true,"className":"wp-embed-aspect-16-9 wp-has-aspect-ratio"} -->' . "\n" .
				'<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">' . "\n" .
				'<iframe title="Storm waves over the Merrow breakwater" width="500" height="281" src="https://www.youtube.com/embed/mErr0wW4ves?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>' . "\n" .
				'</div><figcaption class="wp-element-caption">The breakwater at high tide, filmed from the lookout.</figcaption></figure>' . "\n" .
				'<!-- /wp:embed -->' . "\n\n" .
				news_seed_paragraphs( array( 'The harbour master asks people to stay off the breakwater whenever the red flag is up on the lookout.' ) ),
		),
		array(
			'key'        => 'protected',
			'title'      => 'Draft Budget for the Harbour Board',
			'date'       => '2026-11-21 10:00:00',
			'category'   => 'council',
			'tags'       => array( 'council' ),
			'comments'   => 0,
			'password'   => 'lobster-pots',
			'content'    => news_seed_paragraphs(
				array(
					'The board proposes to raise mooring fees by four per cent and to spend the difference on the slipway lights.',
					'Members will vote on the draft at the December meeting.',
				)
			),
		),
		array(
			'key'        => 'closed',
			'title'      => 'Regatta Results: the Full Table',
			'date'       => '2026-11-20 19:30:00',
			'category'   => 'sport',
			'tags'       => array( 'regatta' ),
			'image'      => array( array( 140, 200, 230 ), array( 30, 110, 160 ), 'Regatta start line' ),
			'comments'   => 3,
			'replies'    => 0,
			'closed'     => true,
			'content'    => news_seed_paragraphs(
				array(
					'Forty-one boats started and thirty-eight finished. The Harbour Inn cup went to <em>Kittiwake</em> for the third year running.',
					'Comments on this post are closed: the sailing club has the final say on protests.',
				)
			),
		),
		array(
			'key'        => 'lighthouse',
			'title'      => 'Lighthouse Keeper\'s Cottage Opens as a Museum',
			'date'       => '2026-11-18 11:10:00',
			'category'   => 'culture',
			'tags'       => array( 'history' ),
			'image'      => array( array( 200, 210, 230 ), array( 70, 90, 120 ), 'Keeper\'s cottage' ),
			'comments'   => 7,
			'replies'    => 2,
			'content'    => news_seed_paragraphs(
				array(
					'The whitewashed cottage at Gull Point, empty since the light was automated in 1991, opens its doors on Saturday as a museum of the keepers and their families.',
					'Among the exhibits: the log books from 1902 to 1991, a brass foghorn and a kitchen table with three generations of initials carved into it.',
				)
			),
		),
		array(
			'key'        => 'tides',
			'title'      => 'Tide Tables for December',
			'date'       => '2026-11-16 07:00:00',
			'category'   => 'harbour',
			'tags'       => array(),
			'comments'   => 0,
			'content'    => news_seed_paragraphs(
				array(
					'Spring tides fall on the 4th and the 19th. The highest, 5.9 metres, is on the morning of the 20th.',
					'The printed tables are at the harbour office, the library and the chandlery.',
				)
			),
		),
		array(
			'key'        => 'choir',
			'title'      => 'School Choir to Sing at the Harbour Lights',
			'date'       => '2026-11-14 16:25:00',
			'category'   => 'culture',
			'tags'       => array( 'music' ),
			'image'      => array( array( 40, 50, 90 ), array( 15, 25, 45 ), 'Harbour lights' ),
			'comments'   => 1,
			'replies'    => 0,
			'content'    => news_seed_paragraphs( array( 'Sixty pupils of Merrow Primary will sing when the harbour lights are switched on at five o\'clock on the first Friday of December.' ) ),
		),
		array(
			'key'        => 'bus',
			'title'      => 'New Bus Timetable From the Station to the Cliffs',
			'date'       => '2026-11-12 13:50:00',
			'category'   => 'council',
			'tags'       => array( 'transport' ),
			'comments'   => 1,
			'replies'    => 0,
			'content'    => news_seed_paragraphs( array( 'From Monday the 36 runs every forty minutes instead of every hour, and the last bus from the cliffs leaves at 22:15.' ) ),
		),
		array(
			'key'        => 'seal',
			'title'      => 'Seal Pup Spotted Under the Pier',
			'date'       => '2026-11-10 08:45:00',
			'category'   => 'environment',
			'tags'       => array( 'wildlife' ),
			'image'      => array( array( 170, 180, 190 ), array( 60, 70, 80 ), 'Under the pier' ),
			'comments'   => 0,
			'content'    => news_seed_paragraphs( array( 'A grey seal pup has been resting on the shingle under the pier. Wardens ask people and dogs to keep at least twenty metres away.' ) ),
		),
		array(
			'key'        => 'rovers',
			'title'      => 'Merrow Rovers Win the Coastal Cup',
			'date'       => '2026-11-08 21:05:00',
			'category'   => 'sport',
			'tags'       => array( 'football' ),
			'image'      => array( array( 90, 160, 90 ), array( 40, 90, 40 ), 'Rovers celebrate' ),
			'comments'   => 6,
			'replies'    => 2,
			'content'    => news_seed_paragraphs( array( 'Two goals in the last ten minutes turned the final against Porthgwyn on its head. The cup will be on show at the clubhouse all week.' ) ),
		),
	);
}

/** Invented readers who comment; each has their own address, so avatars and moderation see different people. */
function news_seed_people() {
	return array(
		array( 'Mari Evans', 'mari.evans@example.org' ),
		array( 'Tomos Price', 'tomos@example.net' ),
		array( 'Jen Trevail', 'jen.trevail@example.com' ),
		array( 'Owain Rees', 'owain.rees@example.org' ),
		array( 'Bea Nankivell', 'bea@example.net' ),
		array( 'Sam Okafor', 'sam.okafor@example.com' ),
		array( 'Kit Rowe', 'kit.rowe@example.org' ),
		array( 'Ffion Lloyd', 'ffion@example.net' ),
	);
}

function news_seed_comment_text( $post_key, $n, $is_reply ) {
	$openers = array( 'Well done to everyone involved.', 'I walked past this morning and saw it for myself.', 'My grandmother would have loved this.', 'About time, frankly.', 'Does anyone know if this affects the Saturday market?', 'Thank you for reporting this properly.', 'We were there too and it was quite something.', 'Great to see the town pulling together.' );
	$replies = array( 'Agreed, and thanks for saying so.', 'I think the harbour office has the details.', 'Same here!', 'Not sure that is right, but I hope so.' );
	$text = $is_reply ? $replies[ $n % count( $replies ) ] : $openers[ $n % count( $openers ) ];
	// The same words twice on one post would be a duplicate to WordPress: number every comment.
	return "$text (#$n on the $post_key story)";
}

/**
 * Seeds a freshly installed site and returns what the tests need to know: each post's id, link and
 * number of approved comments, the protected post's password, who the users are.
 */
function news_seed( $state ) {
	// The editor seeds the site: content goes in unfiltered (embeds, inline styles) as an editor's would.
	$admin = get_user_by( 'login', 'desk' );
	wp_set_current_user( $admin->ID );
	wp_update_user( array( 'ID' => $admin->ID, 'display_name' => 'Gazette Desk', 'first_name' => 'Gazette', 'last_name' => 'Desk' ) );
	$reporter = wp_insert_user(
		array(
			'user_login'   => 'ines',
			'user_pass'    => wp_generate_password( 24 ),
			'user_email'   => 'ines.varga@merrow.example',
			'display_name' => 'Ines Varga',
			'role'         => 'author',
			'description'  => 'Ines covers the harbour and the council.',
		)
	);

	// Avatars served by the site itself (see mu-plugins/local-avatars.php).
	wp_mkdir_p( "$state/uploads/avatars" );
	news_seed_avatar( "$state/uploads/avatars/reader.png", 96 );

	$categories = array(
		'harbour'     => 'Harbour',
		'business'    => 'Business',
		'environment' => 'Environment',
		'council'     => 'Town Hall',
		'weather'     => 'Weather',
		'sport'       => 'Sport',
		'culture'     => 'Culture',
	);
	$category_ids = array();
	foreach ( $categories as $slug => $name ) {
		$term = wp_insert_term( $name, 'category', array( 'slug' => $slug, 'description' => "News about $name in Port Merrow." ) );
		$category_ids[ $slug ] = (int) $term['term_id'];
	}
	// The stock "Uncategorized" post and page would be noise in every list.
	wp_delete_post( 1, true );
	wp_delete_post( 2, true );

	$tmp     = get_temp_dir();
	$people  = news_seed_people();
	$result  = array( 'posts' => array(), 'password' => null );
	$now_gmt = time();
	$posts   = news_seed_posts();
	foreach ( $posts as $index => $post ) {
		$args = array(
			'post_title'     => $post['title'],
			'post_name'      => sanitize_title( wp_strip_all_tags( $post['title'] ) ),
			'post_content'   => $post['content'],
			'post_excerpt'   => $post['excerpt'] ?? '',
			'post_status'    => 'publish',
			'post_date'      => $post['date'],
			'post_author'    => 0 === $index % 3 ? $admin->ID : $reporter,
			'post_category'  => array( $category_ids[ $post['category'] ] ),
			'tags_input'     => $post['tags'],
			'comment_status' => 'open',
			'post_password'  => $post['password'] ?? '',
		);
		$id = wp_insert_post( wp_slash( $args ), true );
		if ( is_wp_error( $id ) ) {
			throw new Exception( $id->get_error_message() );
		}

		if ( isset( $post['image'] ) ) {
			list( $sky, $sea, $label ) = $post['image'];
			$file = "$tmp/news-seed-{$post['key']}.jpg";
			news_seed_picture( $file, 1200, 800, $sky, $sea, $label );
			$media = media_handle_sideload( array( 'name' => "{$post['key']}.jpg", 'tmp_name' => $file ), $id, $label );
			if ( is_wp_error( $media ) ) {
				throw new Exception( $media->get_error_message() );
			}
			update_post_meta( $media, '_wp_attachment_image_alt', $label );
			set_post_thumbnail( $id, $media );
		}

		// Comments: from a few hours after the post, each a little later than the one before.
		$posted   = strtotime( get_gmt_from_date( $post['date'] ) . ' UTC' );
		$approved = array();
		$total    = $post['comments'] + ( $post['held'] ?? 0 ) + ( $post['spam'] ?? 0 );
		for ( $n = 0; $n < $total; $n++ ) {
			$status   = $n < $post['comments'] ? '1' : ( $n < $post['comments'] + ( $post['held'] ?? 0 ) ? '0' : 'spam' );
			// The last `replies` approved comments answer earlier ones: threads two levels deep.
			$is_reply = '1' === $status && $n >= $post['comments'] - ( $post['replies'] ?? 0 ) && count( $approved ) > 0;
			$person   = $people[ ( $n + $index ) % count( $people ) ];
			$date_gmt = min( $now_gmt - 3600, $posted + 3 * 3600 + $n * 1700 );
			$comment  = wp_insert_comment(
				wp_slash(
					array(
						'comment_post_ID'      => $id,
						'comment_author'       => $person[0],
						'comment_author_email' => $person[1],
						'comment_author_url'   => '',
						'comment_author_IP'    => '192.0.2.' . ( 10 + $n % 200 ),
						'comment_agent'        => NEWS_SEED_AGENT,
						'comment_content'      => '1' === $status ? news_seed_comment_text( $post['key'], $n, $is_reply ) : ( '0' === $status ? "Held for moderation: first comment from a new reader on the {$post['key']} story." : 'Cheap watches, click here!' ),
						'comment_approved'     => $status,
						'comment_parent'       => $is_reply ? $approved[ ( $n * 7 ) % count( $approved ) ] : 0,
						'comment_date_gmt'     => gmdate( 'Y-m-d H:i:s', $date_gmt ),
						'comment_date'         => get_date_from_gmt( gmdate( 'Y-m-d H:i:s', $date_gmt ) ),
					)
				)
			);
			if ( '1' === $status ) {
				$approved[] = $comment;
			}
		}

		if ( ! empty( $post['closed'] ) ) {
			wp_update_post( array( 'ID' => $id, 'comment_status' => 'closed' ) );
		}
		if ( isset( $post['password'] ) ) {
			$result['password'] = $post['password'];
		}
		$result['posts'][ $post['key'] ] = array(
			'id'       => $id,
			'link'     => get_permalink( $id ),
			'comments' => $post['comments'],
			'held'     => $post['held'] ?? 0,
		);
	}
	wp_set_current_user( 0 );
	$result['users'] = array( 'editor' => $admin->ID, 'reporter' => $reporter );
	return $result;
}
