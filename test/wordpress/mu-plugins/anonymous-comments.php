<?php
/**
 * Plugin Name: Anonymous REST comments (news-widgets test scenario)
 * Description: What a site owner adds to accept comments from readers who are not signed in through
 * POST /wp-json/wp/v2/comments; stock WordPress answers them 401 rest_comment_login_required.
 * Present only while a test needs it.
 */

add_filter( 'rest_allow_anonymous_comments', '__return_true' );
