<?php
/**
 * One command inside the test WordPress, run with PHP's CLI by wordpress.mjs:
 *
 *   php site.php install            wp_install(), pretty permalinks, uploads in the state folder
 *   php site.php seed               the sample content (seed.php); prints what the tests need as JSON
 *   php site.php comments TEXT      every comment whose text contains TEXT, as JSON
 *   php site.php forget-test-comments   deletes the comments earlier test runs left (not the seeded ones)
 *
 * Environment: NEWS_WP_HOST (`127.0.0.1:PORT`, as a browser sends it), NEWS_WP_STATE (the state folder)
 * and NEWS_WP_DIR (the WordPress unpacked in it, with the config wordpress.mjs wrote).
 */

if ( PHP_SAPI !== 'cli' ) {
	exit( 1 );
}

$news_host  = getenv( 'NEWS_WP_HOST' ) ?: '127.0.0.1';
$news_state = getenv( 'NEWS_WP_STATE' ) ?: '/var/tmp/news-widgets-wordpress';
$command    = $argv[1] ?? '';

$_SERVER['HTTP_HOST']       = $news_host;
$_SERVER['SERVER_NAME']     = preg_replace( '/:.*/', '', $news_host );
$_SERVER['SERVER_PORT']     = preg_match( '/:(\d+)$/', $news_host, $m ) ? $m[1] : '80';
$_SERVER['REQUEST_URI']     = '/';
$_SERVER['REQUEST_METHOD']  = 'GET';
$_SERVER['REMOTE_ADDR']     = '127.0.0.1';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

/** Marks the seeded comments, so that those tests add can be told apart. */
const NEWS_SEED_AGENT = 'news-widgets seed';

if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}

require getenv( 'NEWS_WP_DIR' ) . '/wp-load.php';

function news_json( $value ) {
	echo wp_json_encode( $value, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
}

switch ( $command ) {
	case 'install':
		require_once ABSPATH . 'wp-admin/includes/upgrade.php';
		if ( is_blog_installed() ) {
			fwrite( STDERR, "WordPress is installed already\n" );
			exit( 1 );
		}
		$password = getenv( 'NEWS_WP_ADMIN_PASSWORD' ) ?: wp_generate_password( 24 );
		wp_install( 'The Merrow Gazette', 'desk', 'desk@merrow.example', true, '', $password, '' );
		update_option( 'blogdescription', 'News from Port Merrow, on the west coast' );
		update_option( 'timezone_string', 'America/Halifax' );
		// Uploads in the state folder (wiped with it), under the usual /wp-content/uploads/ URLs.
		wp_mkdir_p( "$news_state/uploads" );
		update_option( 'upload_path', "$news_state/uploads" );
		update_option( 'upload_url_path', home_url( '/wp-content/uploads' ) );
		// What Settings › Permalinks › "Day and name" does, minus writing .htaccess: the Apache config has its rules.
		global $wp_rewrite;
		$wp_rewrite->set_permalink_structure( '/%year%/%monthnum%/%day%/%postname%/' );
		flush_rewrite_rules( false );
		news_json( array( 'installed' => get_bloginfo( 'version' ) ) );
		break;

	case 'seed':
		require __DIR__ . '/seed.php';
		news_json( news_seed( $news_state ) );
		break;

	case 'comments':
		$text = $argv[2] ?? '';
		$found = array();
		foreach ( get_comments( array( 'search' => $text, 'status' => 'all', 'number' => 100 ) ) as $comment ) {
			$found[] = array(
				'id'       => (int) $comment->comment_ID,
				'post'     => (int) $comment->comment_post_ID,
				'parent'   => (int) $comment->comment_parent,
				'approved' => $comment->comment_approved,
				'author'   => $comment->comment_author,
				'email'    => $comment->comment_author_email,
				'ip'       => $comment->comment_author_IP,
				'content'  => $comment->comment_content,
				'date_gmt' => $comment->comment_date_gmt,
			);
		}
		news_json( $found );
		break;

	case 'forget-test-comments':
		global $wpdb;
		$ids = $wpdb->get_col( $wpdb->prepare( "SELECT comment_ID FROM $wpdb->comments WHERE comment_agent <> %s", NEWS_SEED_AGENT ) );
		foreach ( $ids as $id ) {
			wp_delete_comment( (int) $id, true );
		}
		news_json( array( 'deleted' => count( $ids ) ) );
		break;

	default:
		fwrite( STDERR, "usage: php site.php install|seed|comments TEXT|forget-test-comments\n" );
		exit( 2 );
}
