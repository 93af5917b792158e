<?php
/**
 * Plugin Name: Hidden paging headers (news-widgets test scenario)
 * Description: Takes the paging headers out of Access-Control-Expose-Headers, so a page on another
 * origin cannot read X-WP-Total, X-WP-TotalPages or Link (WordPress still sends them): what a site
 * behind a proxy that drops them, or with a security plugin that trims CORS, looks like to a widget.
 * Present only while a test needs it.
 */

add_filter(
	'rest_exposed_cors_headers',
	function ( $headers ) {
		return array_values( array_diff( $headers, array( 'X-WP-Total', 'X-WP-TotalPages', 'Link' ) ) );
	}
);
