<?php
/**
 * Plugin Name: Local avatars (news-widgets test site)
 * Description: Every avatar is one picture served by the site itself, so no page of the test site
 * makes a request to Gravatar. Present unless a test turns it off (the `localAvatars` scenario) to see
 * stock WordPress's Gravatar avatars.
 */

add_filter(
	'pre_get_avatar_data',
	function ( $args ) {
		$args['url']          = wp_get_upload_dir()['baseurl'] . '/avatars/reader.png';
		$args['found_avatar'] = true;
		return $args;
	}
);
