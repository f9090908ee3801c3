/**
 * The editor side of the Career comparison and Career role picker blocks: the dataset from the
 * Media Library or a URL, each attribute of the element in the sidebar, and a live preview that
 * is the element itself, rendered by the same PHP as the published page.
 * Plain JavaScript on WordPress's own globals, so the plugin needs no build step.
 */
( function ( wp ) {
	const { registerBlockType } = wp.blocks;
	const { createElement: h, Fragment } = wp.element;
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
	function dataset( props ) {
		const { src, mediaId } = props.attributes;
		const choose = ( media ) => props.setAttributes( { src: media.url, mediaId: media.id } );
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
				value: src || '',
				onChange: ( value ) => props.setAttributes( { src: value, mediaId: undefined } ),
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
				h( InspectorControls, null, dataset( props ), h( PanelBody, { title: __( 'Display', 'career-paths' ) }, ...controls( props ) ) ),
				h( 'div', blockProps, preview )
			);
		};
	}

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
		save: () => null,
	} );
} )( window.wp );
