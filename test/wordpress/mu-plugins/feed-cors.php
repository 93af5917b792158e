<?php
/**
 * Plugin Name: Feed CORS (news-widgets test site)
 * Description: Lets pages on other sites read this site's feeds (/feed/, /feed/atom/, /comments/feed/
 * and every other feed WordPress serves) by sending Access-Control-Allow-Origin with them, as a site
 * owner who shows the feed in a widget elsewhere would. Stock WordPress sends none with its feeds.
 * The tests switch it with the option news_widgets_feed_cors: `*` allows any page, `origin` names the
 * asking page's origin (and varies on it), anything else sends nothing. Never with credentials: a feed
 * is public, and a page on another site has no business reading it as a signed-in reader.
 */

add_action(
	'template_redirect',
	function () {
		if ( ! is_feed() ) {
			return;
		}
		$mode = get_option( 'news_widgets_feed_cors', 'off' );
		if ( '*' === $mode ) {
			header( 'Access-Control-Allow-Origin: *' );
		} elseif ( 'origin' === $mode ) {
			header( 'Vary: Origin', false );
			$origin = get_http_origin();
			// Only a well-formed origin (scheme, host, port) is echoed.
			if ( preg_match( '#^https?://[a-z0-9.\-]+(:\d+)?$#i', $origin ) ) {
				header( 'Access-Control-Allow-Origin: ' . $origin );
			}
		}
	},
	// Before redirect_canonical (10), so a redirect to the canonical feed URL carries it too.
	0
);
