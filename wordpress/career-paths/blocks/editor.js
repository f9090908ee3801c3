/**
 * The editor side of the Career comparison and Career role picker blocks: the dataset from the
 * Media Library or a URL, each attribute of the element in the sidebar, and a live preview that
 * is the element itself, rendered by the same PHP as the published page.
 * Plain JavaScript on WordPress's own globals, so the plugin needs no build step.
 */
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: h, Fragment, useEffect, useState } = wp.element;
	const { InspectorControls, MediaUpload, MediaUploadCheck, useBlockProps } = wp.blockEditor;
	const { PanelBody, TextControl, SelectControl, ToggleControl, Button, Placeholder } = wp.components;
	const { __, sprintf } = wp.i18n;
	// The controls' current look (40 px fields, no bottom margin): the older one logs a
	// deprecation since WordPress 6.8. Versions before these props ignore them.
	const current = { __next40pxDefaultSize: true, __nextHasNoMarginBottom: true };
	const ServerSideRender = wp.serverSideRender;

	const text = ( props, name, label, help ) =>
		h( TextControl, {
			...current,
			label,
			help,
			value: props.attributes[ name ] || '',
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	const toggle = ( props, name, label, help ) =>
		h( ToggleControl, {
			__nextHasNoMarginBottom: true,
			label,
			help,
			checked: !! props.attributes[ name ],
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	const select = ( props, name, label, options ) =>
		h( SelectControl, {
			...current,
			label,
			value: props.attributes[ name ] || '',
			options,
			onChange: ( value ) => props.setAttributes( { [ name ]: value } ),
		} );
	const headingLevels = [ { label: __( 'Default (2)', 'career-paths' ), value: '' } ].concat(
		[ '1', '2', '3', '4', '5', '6' ].map( ( level ) => ( {
			/* translators: %s: a heading level, 1 to 6 */
			label: sprintf( __( 'Heading %s', 'career-paths' ), level ),
			value: level,
		} ) )
	);

	/** The dataset: a JSON file of the Media Library, or any URL. */
	function Dataset( props ) {
		const { src, mediaId } = props.attributes;
		const choose = ( media ) => props.setAttributes( { src: media.url, mediaId: media.id } );
		// A typed URL is used once editing stops (Enter, or leaving the field), so that the preview
		// does not ask the server for every part of it on the way.
		const [ draft, setDraft ] = useState( src || '' );
		useEffect( () => setDraft( src || '' ), [ src ] );
		const commit = () => {
			if ( draft !== ( src || '' ) ) {
				props.setAttributes( { src: draft, mediaId: undefined } );
			}
		};
		return h(
			PanelBody,
			{ title: __( 'Dataset', 'career-paths' ) },
			h(
				MediaUploadCheck,
				null,
				h( MediaUpload, {
					onSelect: choose,
					allowedTypes: [ 'application/json' ],
					value: mediaId,
					render: ( { open } ) =>
						h( Button, { __next40pxDefaultSize: true, variant: 'secondary', onClick: open }, src ? __( 'Replace the JSON file', 'career-paths' ) : __( 'Choose a JSON file', 'career-paths' ) ),
				} )
			),
			h( TextControl, {
				...current,
				label: __( 'Dataset URL', 'career-paths' ),
				help: __( 'A JSON file made with the career paths editor.', 'career-paths' ),
				type: 'url',
				value: draft,
				onChange: setDraft,
				onBlur: commit,
				onKeyDown: ( event ) => {
					if ( event.key === 'Enter' ) {
						commit();
					}
				},
			} )
		);
	}

	function edit( block, controls ) {
		return function ( props ) {
			const blockProps = useBlockProps();
			const preview = props.attributes.src
				? h( ServerSideRender, { block, attributes: props.attributes } )
				: h( Placeholder, {
						icon: block === 'career-paths/compare' ? 'editor-table' : 'filter',
						label: block === 'career-paths/compare' ? __( 'Career comparison', 'career-paths' ) : __( 'Career role picker', 'career-paths' ),
						instructions: __( 'Choose a JSON dataset in the block settings, from the Media Library or by URL.', 'career-paths' ),
				  } );
			return h(
				Fragment,
				null,
				h( InspectorControls, null, h( Dataset, props ), h( PanelBody, { title: __( 'Display', 'career-paths' ) }, ...controls( props ) ) ),
				h( 'div', blockProps, preview )
			);
		};
	}

	/**
	 * `[career_compare …]` and `[career_picker …]` become the block, each attribute by the
	 * element's name; a boolean is on when named alone or with any value but false, 0, no or off.
	 */
	const fromShortcode = ( tag, names, booleans ) => ( {
		from: [
			{
				type: 'shortcode',
				tag,
				attributes: Object.fromEntries(
					names.map( ( name ) => [
						name.replace( /-(\w)/g, ( _, letter ) => letter.toUpperCase() ),
						booleans.includes( name )
							? {
									type: 'boolean',
									shortcode: ( { named, numeric } ) =>
										( numeric || [] ).map( ( word ) => String( word ).toLowerCase() ).includes( name ) ||
										( name in named && ! [ 'false', '0', 'no', 'off' ].includes( String( named[ name ] ).trim().toLowerCase() ) ),
							  }
							: { type: 'string', shortcode: ( { named } ) => ( name in named ? String( named[ name ] ) : undefined ) },
					] )
				),
			},
		],
	} );
	const sharedNames = [ 'src', 'heading-level', 'no-title', 'link-params', 'lang' ];

	const shared = ( props ) => [
		select( props, 'headingLevel', __( 'Heading level', 'career-paths' ), headingLevels ),
		toggle( props, 'noTitle', __( 'No title', 'career-paths' ), __( 'The page has its own heading.', 'career-paths' ) ),
		text( props, 'linkParams', __( 'Link parameters', 'career-paths' ), __( 'Added to every call-to-action link, e.g. utm_source=site', 'career-paths' ) ),
		text( props, 'lang', __( 'Language', 'career-paths' ), __( 'en or es; otherwise the dataset’s, then the page’s.', 'career-paths' ) ),
	];

	registerBlockType( 'career-paths/compare', {
		edit: edit( 'career-paths/compare', ( props ) =>
			[
				text( props, 'paths', __( 'Paths', 'career-paths' ), __( 'Path ids separated by spaces: which columns, in which order. Empty: all.', 'career-paths' ) ),
				text( props, 'criteria', __( 'Criteria', 'career-paths' ), __( 'Criterion ids separated by spaces; “roles” names the typical roles row. Empty: all.', 'career-paths' ) ),
				text( props, 'highlight', __( 'Highlight', 'career-paths' ), __( 'The path id to mark, e.g. your own program.', 'career-paths' ) ),
				select( props, 'layout', __( 'Layout', 'career-paths' ), [
					{ label: __( 'Automatic', 'career-paths' ), value: '' },
					{ label: __( 'Table', 'career-paths' ), value: 'table' },
					{ label: __( 'Stacked', 'career-paths' ), value: 'stacked' },
				] ),
			].concat( shared( props ) )
		),
		transforms: fromShortcode( 'career_compare', sharedNames.concat( [ 'paths', 'criteria', 'highlight', 'layout' ] ), [ 'no-title' ] ),
		save: () => null,
	} );

	registerBlockType( 'career-paths/picker', {
		edit: edit( 'career-paths/picker', ( props ) =>
			[
				text( props, 'path', __( 'Path', 'career-paths' ), __( 'The path id chosen at first. Empty: all paths.', 'career-paths' ) ),
				text( props, 'interests', __( 'Interests', 'career-paths' ), __( 'Interest ids chosen at first, separated by spaces.', 'career-paths' ) ),
				text( props, 'selected', __( 'Opened role', 'career-paths' ), __( 'The role id opened at first.', 'career-paths' ) ),
				toggle( props, 'syncUrl', __( 'Keep the choice in the address', 'career-paths' ), __( 'A link or a reload restores the student’s choice.', 'career-paths' ) ),
				text( props, 'id', __( 'Element id', 'career-paths' ), __( 'Needed to keep the choice in the address; one is made up when empty.', 'career-paths' ) ),
			].concat( shared( props ) )
		),
		transforms: fromShortcode( 'career_picker', sharedNames.concat( [ 'id', 'path', 'interests', 'selected', 'sync-url' ] ), [ 'no-title', 'sync-url' ] ),
		save: () => null,
	} );
} )( window.wp );
